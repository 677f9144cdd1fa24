package dev.helpdesk.core.contract;

/** What every {@link dev.helpdesk.core.port.OneTimeCodeRepository} must do. */
public abstract class OneTimeCodeRepositoryContract extends PortContract {
}
