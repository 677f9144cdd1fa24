package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldValue;
import dev.helpdesk.core.domain.ticket.Message;
import dev.helpdesk.core.domain.ticket.SearchTerms;
import dev.helpdesk.core.domain.ticket.Ticket;
import dev.helpdesk.core.domain.ticket.TicketFilter;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.domain.ticket.TicketNumber;
import dev.helpdesk.core.domain.ticket.TicketSummary;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.TicketRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * Tickets: a row each, their messages (append-only), one row per filterable field value, and the full-text row,
 * all written in the caller's unit of work.
 */
public final class JdbcTicketRepository implements TicketRepository {
    private final Database database;

    public JdbcTicketRepository(Database database) {
        this.database = database;
    }

    @Override
    public TicketNumber nextNumber() {
        return database.writeAndGet(h -> {
            if (database.dialect() == Dialect.SQLITE) {
                return new TicketNumber(h.createQuery("UPDATE ticket_counter SET last = last + 1 WHERE id = 1 RETURNING last")
                        .mapTo(Long.class).one());
            }
            // a sequence never blocks concurrent writers; skip numbers an imported ticket already took
            while (true) {
                long next = h.createQuery("SELECT nextval('ticket_number_seq')").mapTo(Long.class).one();
                boolean taken = h.createQuery("SELECT 1 FROM ticket WHERE number = :n").bind("n", next)
                        .mapTo(Integer.class).findOne().isPresent();
                if (!taken) {
                    return new TicketNumber(next);
                }
            }
        });
    }

    @Override
    public void insert(Ticket ticket) {
        if (ticket.version() != 1) {
            throw new IllegalArgumentException("a new ticket starts at version 1, not " + ticket.version());
        }
        database.write(h -> {
            try {
                bindRow(h.createUpdate("INSERT INTO ticket (number, id, subject, subject_words, requester_id, organization_id, category, "
                        + "subcategory, leaf_category, status, priority, fields, assigned_team, assigned_agent, created_at, "
                        + "updated_at, resolved_at, version) VALUES (:number, :id, :subject, :subjectWords, :requester, :organization, "
                        + ":category, :subcategory, :leaf, :status, :priority, :fields, :team, :agent, :created, :updated, "
                        + ":resolved, :version)"), ticket).execute();
            } catch (JdbiException e) {
                if (Database.isUniqueViolation(e)) {
                    throw new ConflictException("ticket.duplicate", "A ticket with this id or number exists already");
                }
                throw e;
            }
            keepNumbersAbove(h, ticket.number());
            insertMessages(h, ticket, 0);
            writeFieldRows(h, ticket);
            writeText(h, ticket, false);
        });
    }

    @Override
    public void update(Ticket ticket) {
        database.write(h -> {
            List<String> stored = h.createQuery("SELECT id FROM message WHERE ticket_number = :n ORDER BY seq")
                    .bind("n", ticket.number().value()).mapTo(String.class).list();
            boolean keepsMessages = ticket.messages().size() >= stored.size() && ticket.messages()
                    .subList(0, stored.size()).stream().map(m -> m.id().value()).toList().equals(stored);
            if (!keepsMessages) {
                throw stale(ticket);
            }
            int changed = bindRow(h.createUpdate("UPDATE ticket SET subject = :subject, subject_words = :subjectWords, requester_id = :requester, "
                    + "organization_id = :organization, category = :category, subcategory = :subcategory, "
                    + "leaf_category = :leaf, status = :status, priority = :priority, fields = :fields, "
                    + "assigned_team = :team, assigned_agent = :agent, updated_at = :updated, resolved_at = :resolved, "
                    + "version = :version WHERE number = :number AND id = :id AND created_at = :created "
                    + "AND version = :version - 1"), ticket).execute();
            if (changed != 1) {
                throw stale(ticket);
            }
            insertMessages(h, ticket, stored.size());
            h.createUpdate("DELETE FROM ticket_field WHERE ticket_number = :n").bind("n", ticket.number().value()).execute();
            writeFieldRows(h, ticket);
            writeText(h, ticket, true);
        });
    }

    @Override
    public Optional<Ticket> find(TicketId id) {
        return database.read(h -> load(h, "t.id = :key", id.value(), lockInUnit()));
    }

    @Override
    public Optional<Ticket> findByNumber(TicketNumber number) {
        return database.read(h -> load(h, "t.number = :key", number.value(), lockInUnit()));
    }

    /**
     * A ticket read inside a unit of work is usually about to be changed: on PostgreSQL its row is locked until the
     * unit ends, so concurrent writers queue instead of all failing the version check. (SQLite's single writer
     * serialises units of work already.)
     */
    private String lockInUnit() {
        return database.dialect() == Dialect.POSTGRESQL && database.inUnitOfWork() ? " FOR UPDATE OF t" : "";
    }

    private static Optional<Ticket> load(Handle h, String condition, Object key, String lock) {
        Optional<Map.Entry<TicketSummary, Optional<Instant>>> row = h.createQuery("SELECT " + TicketRows.SUMMARY_COLUMNS
                        + ", t.resolved_at FROM ticket t WHERE " + condition + lock)
                .bind("key", key)
                .map((rs, ctx) -> {
                    long resolved = rs.getLong("resolved_at");
                    Optional<Instant> resolvedAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(resolved));
                    return Map.entry(TicketRows.summary(rs), resolvedAt);
                })
                .findOne();
        return row.map(r -> {
            List<Message> messages = h.createQuery("SELECT id, author_kind, author_id, visibility, channel, body, "
                            + "created_at, email_message_id, attachments FROM message WHERE ticket_number = :n ORDER BY seq")
                    .bind("n", r.getKey().number().value())
                    .map((rs, ctx) -> TicketRows.message(rs)).list();
            return TicketRows.ticket(r.getKey(), r.getValue(), messages);
        });
    }

    private static Update bindRow(Update update, Ticket ticket) {
        return update.bind("number", ticket.number().value())
                .bind("id", ticket.id().value())
                .bind("subject", ticket.subject())
                .bind("subjectWords", String.join(" ", SearchTerms.words(ticket.subject())))
                .bind("requester", ticket.requester().value())
                .bind("organization", ticket.organization().value())
                .bind("category", ticket.category().value())
                .bind("subcategory", ticket.subcategory().map(c -> c.value()).orElse(null))
                .bind("leaf", TicketRows.leaf(ticket))
                .bind("status", ticket.status())
                .bind("priority", TicketRows.priority(ticket.fields()))
                .bind("fields", Json.fields(ticket.fields()))
                .bind("team", ticket.assignment().team().map(t -> t.value()).orElse(null))
                .bind("agent", ticket.assignment().agent().map(a -> a.value()).orElse(null))
                .bind("created", ticket.createdAt().toEpochMilli())
                .bind("updated", ticket.updatedAt().toEpochMilli())
                .bind("resolved", ticket.resolvedAt().map(Instant::toEpochMilli).orElse(null))
                .bind("version", ticket.version());
    }

    private void keepNumbersAbove(Handle h, TicketNumber number) {
        if (database.dialect() == Dialect.SQLITE) {
            h.createUpdate("UPDATE ticket_counter SET last = MAX(last, :n) WHERE id = 1").bind("n", number.value()).execute();
        } else {
            // only an imported number above the sequence moves it forward: a number from nextval() never is, and
            // setting the sequence on every insert would race concurrent nextval() calls and hand a number out twice
            // (nextNumber() also skips numbers already taken)
            h.createQuery("SELECT setval('ticket_number_seq', :n) WHERE :n > (SELECT last_value FROM ticket_number_seq)")
                    .bind("n", number.value()).mapTo(Long.class).findOne();
        }
    }

    private static void insertMessages(Handle h, Ticket ticket, int from) {
        List<Message> messages = ticket.messages();
        if (from >= messages.size()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO message (id, ticket_number, seq, author_kind, author_id, "
                + "visibility, channel, body, created_at, email_message_id, attachments) VALUES (:id, :n, :seq, :kind, "
                + ":author, :visibility, :channel, :body, :created, :emailId, :attachments)");
        for (int seq = from; seq < messages.size(); seq++) {
            Message message = messages.get(seq);
            batch.bind("id", message.id().value()).bind("n", ticket.number().value()).bind("seq", seq)
                    .bind("kind", TicketRows.authorKind(message.author()))
                    .bind("author", TicketRows.authorId(message.author()))
                    .bind("visibility", message.visibility().name()).bind("channel", message.channel().name())
                    .bind("body", message.body()).bind("created", message.createdAt().toEpochMilli())
                    .bind("emailId", message.emailMessageId().orElse(null))
                    .bind("attachments", Json.attachments(message.attachments()))
                    .add();
        }
        try {
            batch.execute();
        } catch (JdbiException e) {
            if (Database.isUniqueViolation(e)) {
                throw new ConflictException("message.duplicate", "A message with this id exists already");
            }
            throw e;
        }
    }

    private static void writeFieldRows(Handle h, Ticket ticket) {
        if (ticket.fields().isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO ticket_field (ticket_number, field, value) VALUES (:n, :f, :v)");
        for (Map.Entry<FieldRef, FieldValue> field : ticket.fields().entrySet()) {
            for (String value : TicketFilter.valuesOf(field.getValue())) {
                batch.bind("n", ticket.number().value()).bind("f", field.getKey().name()).bind("v", value).add();
            }
        }
        batch.execute();
    }

    private void writeText(Handle h, Ticket ticket, boolean replace) {
        String publicWords = TicketRows.publicWords(ticket);
        String internalWords = TicketRows.internalWords(ticket);
        if (database.dialect() == Dialect.SQLITE) {
            if (replace) {
                h.createUpdate("DELETE FROM ticket_text WHERE rowid = :n").bind("n", ticket.number().value()).execute();
            }
            h.createUpdate("INSERT INTO ticket_text (rowid, public_text, internal_text) VALUES (:n, :pub, :internal)")
                    .bind("n", ticket.number().value()).bind("pub", publicWords).bind("internal", internalWords).execute();
        } else {
            h.createUpdate("INSERT INTO ticket_text (ticket_number, public_words, internal_words) VALUES (:n, "
                            + "to_tsvector('simple', :pub), to_tsvector('simple', :internal)) ON CONFLICT (ticket_number) "
                            + "DO UPDATE SET public_words = excluded.public_words, internal_words = excluded.internal_words")
                    .bind("n", ticket.number().value()).bind("pub", publicWords)
                    .bind("internal", internalWords).execute();
        }
    }

    private static ConflictException stale(Ticket ticket) {
        return new ConflictException("ticket.stale", "Ticket " + ticket.number().value()
                + " was changed by someone else meanwhile; reload it and try again",
                Map.of("ticket", String.valueOf(ticket.number().value())));
    }
}
