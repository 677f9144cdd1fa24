package dev.helpdesk.core.contract;

/** What every {@link dev.helpdesk.core.port.SecretShareRepository} must do. */
public abstract class SecretShareRepositoryContract extends PortContract {
}
