package dev.helpdesk.core.contract;

/** What every {@link dev.helpdesk.core.port.KnowledgeBaseRepository} must do. */
public abstract class KnowledgeBaseRepositoryContract extends PortContract {
}
