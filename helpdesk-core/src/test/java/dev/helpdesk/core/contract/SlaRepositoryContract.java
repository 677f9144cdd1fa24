package dev.helpdesk.core.contract;

/** What every {@link dev.helpdesk.core.port.SlaRepository} must do. */
public abstract class SlaRepositoryContract extends PortContract {
}
