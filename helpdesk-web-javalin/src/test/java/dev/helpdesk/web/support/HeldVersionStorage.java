package dev.helpdesk.web.support;

import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.port.AccountRepository;
import dev.helpdesk.core.port.AgentRepository;
import dev.helpdesk.core.port.AttachmentStore;
import dev.helpdesk.core.port.ContactRepository;
import dev.helpdesk.core.port.DataVersion;
import dev.helpdesk.core.port.KnowledgeBaseRepository;
import dev.helpdesk.core.port.OneTimeCodeRepository;
import dev.helpdesk.core.port.OrganizationRepository;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.PortalSettingsRepository;
import dev.helpdesk.core.port.RatingRepository;
import dev.helpdesk.core.port.SecretShareRepository;
import dev.helpdesk.core.port.SlaRepository;
import dev.helpdesk.core.port.SessionRepository;
import dev.helpdesk.core.port.Storage;
import dev.helpdesk.core.port.TeamRepository;
import dev.helpdesk.core.port.TicketRepository;
import dev.helpdesk.core.port.TicketSearch;
import dev.helpdesk.core.port.Transactor;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-memory storage with a data version the test moves by hand: while it is held, commits do not change it,
 * so a page that still shows the state before a commit can only have come from the page cache. It also counts
 * ticket searches (one per tickets list made), which can be made slow to let requests overlap.
 */
public final class HeldVersionStorage implements Storage {
    private final InMemoryStorage storage = new InMemoryStorage();
    private final AtomicLong version = new AtomicLong();
    private final AtomicInteger searches = new AtomicInteger();
    private volatile Duration searchTakes = Duration.ZERO;
    private final TicketSearch countedSearch = query -> {
        searches.incrementAndGet();
        try {
            Thread.sleep(searchTakes.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return storage.ticketSearch().search(query);
    };

    /** How many ticket searches were made. */
    public int searches() {
        return searches.get();
    }

    /** Makes every ticket search take this long. */
    public void searchesTake(Duration duration) {
        searchTakes = duration;
    }

    /** Tells the portal that something changed. */
    public void advance() {
        version.incrementAndGet();
    }

    @Override
    public DataVersion dataVersion() {
        return version::get;
    }

    @Override
    public Transactor transactor() {
        return storage.transactor();
    }

    @Override
    public TicketRepository tickets() {
        return storage.tickets();
    }

    @Override
    public TicketSearch ticketSearch() {
        return countedSearch;
    }

    @Override
    public OrganizationRepository organizations() {
        return storage.organizations();
    }

    @Override
    public ContactRepository contacts() {
        return storage.contacts();
    }

    @Override
    public AgentRepository agents() {
        return storage.agents();
    }

    @Override
    public TeamRepository teams() {
        return storage.teams();
    }

    @Override
    public Outbox outbox() {
        return storage.outbox();
    }

    @Override
    public AttachmentStore attachments() {
        return storage.attachments();
    }

    @Override
    public KnowledgeBaseRepository knowledgeBase() {
        return storage.knowledgeBase();
    }

    @Override
    public SlaRepository slas() {
        return storage.slas();
    }

    @Override
    public AccountRepository accounts() {
        return storage.accounts();
    }

    @Override
    public OneTimeCodeRepository oneTimeCodes() {
        return storage.oneTimeCodes();
    }

    @Override
    public PortalSettingsRepository portalSettings() {
        return storage.portalSettings();
    }

    @Override
    public RatingRepository ratings() {
        return storage.ratings();
    }

    @Override
    public SecretShareRepository secretShares() {
        return storage.secretShares();
    }

    @Override
    public SessionRepository sessions() {
        return storage.sessions();
    }
}
