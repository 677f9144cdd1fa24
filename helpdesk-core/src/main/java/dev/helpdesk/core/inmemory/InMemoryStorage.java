package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.port.AccountRepository;
import dev.helpdesk.core.port.AgentRepository;
import dev.helpdesk.core.port.AttachmentStore;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.ContactRepository;
import dev.helpdesk.core.port.KnowledgeBaseRepository;
import dev.helpdesk.core.port.OneTimeCodeRepository;
import dev.helpdesk.core.port.OrganizationRepository;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.OutboxRetryPolicy;
import dev.helpdesk.core.port.PortalSettingsRepository;
import dev.helpdesk.core.port.RatingRepository;
import dev.helpdesk.core.port.SecretShareRepository;
import dev.helpdesk.core.port.SessionRepository;
import dev.helpdesk.core.port.SlaRepository;
import dev.helpdesk.core.port.Storage;
import dev.helpdesk.core.port.TeamRepository;
import dev.helpdesk.core.port.TicketRepository;
import dev.helpdesk.core.port.TicketSearch;
import dev.helpdesk.core.port.Transactor;

/**
 * Every storage port in memory: for tests, demos and as the reference adapter. Safe under concurrent use (one
 * writer at a time, readers never see uncommitted changes); nothing survives the JVM.
 */
public final class InMemoryStorage implements Storage {
    private final UnitOfWork unitOfWork = new UnitOfWork();
    private final InMemoryTicketRepository tickets = new InMemoryTicketRepository(unitOfWork);
    private final InMemoryTicketSearch ticketSearch = new InMemoryTicketSearch(unitOfWork, tickets);
    private final InMemoryOrganizationRepository organizations = new InMemoryOrganizationRepository(unitOfWork);
    private final InMemoryContactRepository contacts = new InMemoryContactRepository(unitOfWork);
    private final InMemoryAgentRepository agents = new InMemoryAgentRepository(unitOfWork);
    private final InMemoryTeamRepository teams = new InMemoryTeamRepository(unitOfWork);
    private final InMemoryOutbox outbox;
    private final InMemoryAttachmentStore attachments = new InMemoryAttachmentStore();
    private final InMemoryKnowledgeBaseRepository knowledgeBase;
    private final InMemorySlaRepository slas;
    private final InMemoryAccountRepository accounts;
    private final InMemoryOneTimeCodeRepository oneTimeCodes;
    private final InMemoryPortalSettingsRepository portalSettings;
    private final InMemoryRatingRepository ratings;
    private final InMemorySecretShareRepository secretShares;
    private final InMemorySessionRepository sessions;

    public InMemoryStorage() {
        this(Clock.system());
    }

    /** @param clock stamps outbox entries and times their leases and back-off */
    public InMemoryStorage(Clock clock) {
        this(clock, OutboxRetryPolicy.DEFAULT);
    }

    /**
     * @param clock             stamps outbox entries and times their leases and back-off
     * @param outboxRetryPolicy how the outbox retries entries its consumers fail on, and when they become dead letters
     */
    public InMemoryStorage(Clock clock, OutboxRetryPolicy outboxRetryPolicy) {
        this.outbox = new InMemoryOutbox(unitOfWork, clock, outboxRetryPolicy);
        this.knowledgeBase = new InMemoryKnowledgeBaseRepository(unitOfWork);
        this.slas = new InMemorySlaRepository(unitOfWork);
        this.accounts = new InMemoryAccountRepository(unitOfWork);
        this.oneTimeCodes = new InMemoryOneTimeCodeRepository(unitOfWork);
        this.portalSettings = new InMemoryPortalSettingsRepository(unitOfWork);
        this.ratings = new InMemoryRatingRepository(unitOfWork);
        this.secretShares = new InMemorySecretShareRepository(unitOfWork);
        this.sessions = new InMemorySessionRepository(unitOfWork);
    }

    @Override
    public Transactor transactor() {
        return unitOfWork;
    }

    @Override
    public TicketRepository tickets() {
        return tickets;
    }

    @Override
    public TicketSearch ticketSearch() {
        return ticketSearch;
    }

    @Override
    public OrganizationRepository organizations() {
        return organizations;
    }

    @Override
    public ContactRepository contacts() {
        return contacts;
    }

    @Override
    public AgentRepository agents() {
        return agents;
    }

    @Override
    public TeamRepository teams() {
        return teams;
    }

    @Override
    public Outbox outbox() {
        return outbox;
    }

    @Override
    public AttachmentStore attachments() {
        return attachments;
    }

    @Override
    public KnowledgeBaseRepository knowledgeBase() {
        return knowledgeBase;
    }

    @Override
    public SlaRepository slas() {
        return slas;
    }

    @Override
    public AccountRepository accounts() {
        return accounts;
    }

    @Override
    public OneTimeCodeRepository oneTimeCodes() {
        return oneTimeCodes;
    }

    @Override
    public PortalSettingsRepository portalSettings() {
        return portalSettings;
    }

    @Override
    public RatingRepository ratings() {
        return ratings;
    }

    @Override
    public SecretShareRepository secretShares() {
        return secretShares;
    }

    @Override
    public SessionRepository sessions() {
        return sessions;
    }
}
