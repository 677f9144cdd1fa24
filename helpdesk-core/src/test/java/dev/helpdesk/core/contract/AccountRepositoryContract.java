package dev.helpdesk.core.contract;

/** What every {@link dev.helpdesk.core.port.AccountRepository} must do. */
public abstract class AccountRepositoryContract extends PortContract {
}
