package dev.helpdesk.core.contract;

/** What every {@link dev.helpdesk.core.port.RatingRepository} must do. */
public abstract class RatingRepositoryContract extends PortContract {
}
