package dev.helpdesk.core.port;

/**
 * Every storage port of one adapter, sharing one unit of work. What a storage adapter hands to
 * {@code Helpdesk.builder()} and to the storage contract suite.
 */
public interface Storage {
    Transactor transactor();

    TicketRepository tickets();

    TicketSearch ticketSearch();

    OrganizationRepository organizations();

    ContactRepository contacts();

    AgentRepository agents();

    TeamRepository teams();

    Outbox outbox();

    AttachmentStore attachments();

    KnowledgeBaseRepository knowledgeBase();

    SlaRepository slas();

    AccountRepository accounts();

    OneTimeCodeRepository oneTimeCodes();

    PortalSettingsRepository portalSettings();

    RatingRepository ratings();

    SecretShareRepository secretShares();

    SessionRepository sessions();
}
