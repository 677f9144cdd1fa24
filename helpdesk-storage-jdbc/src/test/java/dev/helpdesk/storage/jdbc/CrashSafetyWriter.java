package dev.helpdesk.storage.jdbc;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.fixture.Directory;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.OpenTicket;
import dev.helpdesk.core.service.TicketView;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child process of {@link CrashSafetyTest}: opens tickets on an SQLite file as fast as it can, until it is
 * killed, and after each {@code open} has returned prints {@code <number> <id> <subject>} on a line of its own
 * (one write, flushed). It never closes the storage: it is meant to die mid-write.
 */
final class CrashSafetyWriter {
    static final String REQUESTER = "alice";

    private CrashSafetyWriter() {
    }

    /** The subject of the i-th ticket (from 1): the line number of its report. */
    static String subject(int i) {
        return "Crash ticket " + i;
    }

    /** The first message of the i-th ticket, of varying length so that pages fill and split. */
    static String body(int i) {
        return ("Body of ticket " + i + ": " + "the quick brown fox jumps over the lazy dog ".repeat(1 + i % 40)).strip();
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CrashSafetyWriter <database file>");
        }
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 8192),
                false, StandardCharsets.UTF_8);
        JdbcStorage storage = JdbcStorage.sqlite(Path.of(args[0]));
        Helpdesk helpdesk = Helpdesk.builder().storage(storage).build();
        Organization acme = helpdesk.directory().save(Directory.anOrganization("acme"));
        Contact alice = helpdesk.directory().save(Directory.aContact(REQUESTER).memberOf(acme).build());
        Caller caller = Caller.contact(alice.id());
        for (int i = 1; ; i++) {
            TicketView ticket = helpdesk.tickets().open(caller, OpenTicket.of(CategoryId.of("billing"), subject(i), body(i)));
            String number = ticket.reference().substring(ticket.reference().indexOf('-') + 1);
            out.print(number + " " + ticket.id().value() + " " + ticket.subject() + "\n");
            out.flush();
        }
    }
}
