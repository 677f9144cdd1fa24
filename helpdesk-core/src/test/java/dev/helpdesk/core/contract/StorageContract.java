package dev.helpdesk.core.contract;

import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.OutboxRetryPolicy;
import dev.helpdesk.core.port.Storage;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The storage contract suite: what every {@link Storage} adapter must do, port by port. An adapter passes it by
 * extending this class in its tests and saying how to make a fresh, empty storage:
 *
 * <pre>{@code
 * class MyStorageTest extends StorageContract {
 *     @Override protected Storage newStorage() { return new MyStorage(freshDatabase()); }
 * }
 * }</pre>
 *
 * <p>Add {@code helpdesk-core} with {@code <type>test-jar</type>} in test scope, and declare junit-jupiter,
 * assertj-core and quicktheories yourself (a test-jar brings no dependencies). Every port's tests then run as a
 * nested group of the subclass, named after the port; failure messages start with {@link #adapterName()}.
 *
 * <ul>
 *   <li>{@link #newStorage()} is called before each test, and more often by property tests (one storage per
 *       generated example): it must return a storage with no ticket, contact, organization, agent, team, outbox
 *       entry or attachment, and with ticket numbers not yet handed out.</li>
 *   <li>Override {@link #newStorage(Clock, OutboxRetryPolicy)} too, so that the outbox tests that move time (leases,
 *       back-off, dead letters) run: they are skipped, with a reason, while it returns empty.</li>
 *   <li>Override {@link #release(Storage)} to close what {@code newStorage()} opened (a pool, a temporary file); it
 *       is called after each test for every storage made for it.</li>
 *   <li>Override {@link #adapterName()} to name the adapter in failure messages (the class name by default).</li>
 * </ul>
 *
 * <p>Each group is also an abstract class of its own ({@link TicketRepositoryContract}, {@link TransactorContract},
 * {@link ConcurrentWritersContract}, {@link OrganizationRepositoryContract},
 * {@link ContactRepositoryContract},
 * {@link AgentRepositoryContract}, {@link TeamRepositoryContract}, {@link OutboxContract},
 * {@link AttachmentStoreContract}, {@link TicketSearchContract}, {@link KnowledgeBaseRepositoryContract},
 * {@link SlaRepositoryContract}, {@link AccountRepositoryContract}, {@link OneTimeCodeRepositoryContract},
 * {@link SessionRepositoryContract},
 * {@link PortalSettingsRepositoryContract}, {@link RatingRepositoryContract}, {@link SecretShareRepositoryContract}), which an adapter implementing only some ports may
 * extend alone. The suite is public API: an assertion changes only with a major version. A capability an adapter
 * may lack is skipped with {@code assumeTrue} and a reason, never deleted.
 */
public abstract class StorageContract {

    /** A fresh, empty storage of the adapter under test. */
    protected abstract Storage newStorage();

    /**
     * A fresh, empty storage like {@link #newStorage()}, whose times come from {@code clock} and whose outbox retries
     * by {@code outboxRetryPolicy}; released like the others. The outbox tests that move time use it, and are skipped
     * while it returns empty, as it does by default.
     */
    protected Optional<Storage> newStorage(Clock clock, OutboxRetryPolicy outboxRetryPolicy) {
        return Optional.empty();
    }

    /** How failure messages name the adapter: the test class's simple name unless overridden. */
    protected String adapterName() {
        return getClass().getSimpleName();
    }

    /** Frees a storage made by {@link #newStorage()} once its test is over; nothing by default. */
    protected void release(Storage storage) {
    }

    @Nested
    @DisplayName("TicketRepository")
    public class TicketRepositoryTests extends TicketRepositoryContract {
        @Override
        StorageContract suite() {
            return StorageContract.this;
        }
    }

    @Nested
    @DisplayName("Transactor")
    public class TransactorTests extends TransactorContract {
        @Override
        StorageContract suite() {
            return StorageContract.this;
        }
    }

    @Nested
    @DisplayName("Optimistic locking and concurrent writers")
    public class ConcurrentWritersTests extends ConcurrentWritersContract {
        @Override
        StorageContract suite() {
            return StorageContract.this;
        }
    }

    @Nested
    @DisplayName("OrganizationRepository")
    public class OrganizationRepositoryTests extends OrganizationRepositoryContract {
        @Override
        StorageContract suite() {
            return StorageContract.this;
        }
    }

    @Nested
    @DisplayName("ContactRepository")
    public class ContactRepositoryTests extends ContactRepositoryContract {
        @Override
        StorageContract suite() {
            return StorageContract.this;
        }
    }

    @Nested
    @DisplayName("AgentRepository")
    public class AgentRepositoryTests extends AgentRepositoryContract {
        @Override
        StorageContract suite() {
            return StorageContract.this;
        }
    }

    @Nested
    @DisplayName("TeamRepository")
    public class TeamRepositoryTests extends TeamRepositoryContract {
        @Override
        StorageContract suite() {
            return StorageContract.this;
        }
    }

    @Nested
    @DisplayName("Outbox")
    public class OutboxTests extends OutboxContract {
        @Override
        StorageContract suite() {
            return StorageContract.this;
        }
    }

    @Nested
    @DisplayName("AttachmentStore")
    public class AttachmentStoreTests extends AttachmentStoreContract {
        @Override
        StorageContract suite() {
            return StorageContract.this;
        }
    }

    @Nested
    @DisplayName("TicketSearch")
    public class TicketSearchTests extends TicketSearchContract {
        @Override
        StorageContract suite() {
            return StorageContract.this;
        }
    }

    @Nested
    @DisplayName("KnowledgeBaseRepository")
    public class KnowledgeBaseRepositoryTests extends KnowledgeBaseRepositoryContract {
        @Override
        StorageContract suite() {
            return StorageContract.this;
        }
    }

    @Nested
    @DisplayName("SlaRepository")
    public class SlaRepositoryTests extends SlaRepositoryContract {
        @Override
        StorageContract suite() {
            return StorageContract.this;
        }
    }

    @Nested
    @DisplayName("AccountRepository")
    public class AccountRepositoryTests extends AccountRepositoryContract {
        @Override
        StorageContract suite() {
            return StorageContract.this;
        }
    }

    @Nested
    @DisplayName("OneTimeCodeRepository")
    public class OneTimeCodeRepositoryTests extends OneTimeCodeRepositoryContract {
        @Override
        StorageContract suite() {
            return StorageContract.this;
        }
    }

    @Nested
    @DisplayName("SessionRepository")
    public class SessionRepositoryTests extends SessionRepositoryContract {
        @Override
        StorageContract suite() {
            return StorageContract.this;
        }
    }

    @Nested
    @DisplayName("PortalSettingsRepository")
    public class PortalSettingsRepositoryTests extends PortalSettingsRepositoryContract {
        @Override
        StorageContract suite() {
            return StorageContract.this;
        }
    }

    @Nested
    @DisplayName("RatingRepository")
    public class RatingRepositoryTests extends RatingRepositoryContract {
        @Override
        StorageContract suite() {
            return StorageContract.this;
        }
    }

    @Nested
    @DisplayName("SecretShareRepository")
    public class SecretShareRepositoryTests extends SecretShareRepositoryContract {
        @Override
        StorageContract suite() {
            return StorageContract.this;
        }
    }
}
