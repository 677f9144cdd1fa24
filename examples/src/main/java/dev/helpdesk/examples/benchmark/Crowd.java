package dev.helpdesk.examples.benchmark;

import dev.helpdesk.core.domain.account.Account;
import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.category.Category;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.status.Status;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.port.AccountRepository;
import dev.helpdesk.defaults.Argon2idPasswordHasher;
import dev.helpdesk.examples.portal.StandalonePortal;
import dev.helpdesk.storage.jdbc.JdbcStorage;
import dev.helpdesk.examples.portal.demo.DemoData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Many signed-in contacts of the bulk population, each with their own session and their own pages: the list with
 * a filter or sort of their own, and their own tickets. wrk sends them in turn through a Lua script, so the portal
 * sees what a crowd of real users asks, not one cookie asking one URL.
 */
final class Crowd {
    static final String LIST = StandalonePortal.PREFIX + "/tickets";

    /** One signed-in visitor: the cookie wrk sends, the list pages and the ticket pages they ask for. */
    record Member(String email, String cookie, List<String> lists, List<String> tickets) {
    }

    private final List<Member> members;

    private Crowd(List<Member> members) {
        this.members = List.copyOf(members);
    }

    List<Member> members() {
        return members;
    }

    int size() {
        return members.size();
    }

    /**
     * Gives the first {@code count} bulk contacts an account with the demo password, unless they have one: one
     * Argon2id hash, computed once, stored for all (each sign-in still verifies it).
     */
    static void giveAccounts(Path database, Population population, int count) {
        String hash = new Argon2idPasswordHasher().hash(DemoData.PASSWORD);
        try (JdbcStorage storage = JdbcStorage.sqlite(database)) {
            AccountRepository accounts = storage.accounts();
            storage.transactor().run(() -> {
                for (Contact contact : population.contacts.subList(0, Math.min(count, population.contacts.size()))) {
                    if (accounts.find(contact.id()).isEmpty()) {
                        accounts.save(Account.of(contact.id(), Language.EN).withPortalAccess().withPasswordHash(hash));
                    }
                }
            });
        }
    }

    /**
     * Signs the first {@code count} bulk contacts in, a few at a time (each sign-in verifies an Argon2id hash),
     * and picks each one's pages: their list as it opens, and two more with a status filter, a category or another
     * sort; their first tickets.
     */
    static Crowd signIn(String origin, Population population, TicketSchema schema, int count, long seed)
            throws InterruptedException {
        List<String> variants = listVariants(schema);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Member>> signing = new ArrayList<>();
            for (int i = 0; i < Math.min(count, population.contacts.size()); i++) {
                Contact contact = population.contacts.get(i);
                SplittableRandom random = new SplittableRandom(seed + i);
                signing.add(pool.submit(() -> member(origin, contact, variants, random)));
            }
            List<Member> members = new ArrayList<>();
            for (Future<Member> member : signing) {
                members.add(member.get());
            }
            return new Crowd(members);
        } catch (ExecutionException e) {
            throw new IllegalStateException("signing the crowd in failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Member member(String origin, Contact contact, List<String> variants, SplittableRandom random) {
        String email = contact.email().value();
        PortalVisitor visitor = PortalVisitor.signIn(origin, email, DemoData.PASSWORD);
        List<String> lists = new ArrayList<>(List.of(LIST));
        while (lists.size() < 3) {
            String variant = LIST + variants.get(random.nextInt(variants.size()));
            if (!lists.contains(variant)) {
                lists.add(variant);
            }
        }
        for (String list : lists) {
            int status = visitor.get(list).statusCode();
            if (status != 200) {
                throw new IllegalStateException(list + " answers " + status + " to " + email);
            }
        }
        return new Member(email, visitor.cookie(), lists, visitor.ticketLinks(LIST, 3));
    }

    /** Query strings a person may use on the list: a status, a top-level category, another order. */
    private static List<String> listVariants(TicketSchema schema) {
        List<String> variants = new ArrayList<>(List.of("?sort=created"));
        for (Status status : schema.statusList()) {
            variants.add("?status=" + status.code());
        }
        for (Category category : schema.categories().topLevel()) {
            variants.add("?category=" + category.id().value());
        }
        return variants;
    }

    /**
     * A wrk script that sends each request as the next member, with one of their pages ({@code lists} or
     * {@code tickets}); wrk's threads start at different members.
     */
    Path script(Path directory, String name, boolean tickets) throws IOException {
        StringBuilder lua = new StringBuilder("-- written by the web benchmark: one signed-in member per request\n"
                + "local members = {\n");
        for (Member member : members) {
            List<String> paths = tickets ? member.tickets() : member.lists();
            if (paths.isEmpty()) {
                continue;
            }
            lua.append("  {\"").append(member.cookie()).append("\", {");
            for (int i = 0; i < paths.size(); i++) {
                lua.append(i == 0 ? "" : ", ").append('"').append(paths.get(i)).append('"');
            }
            lua.append("}},\n");
        }
        lua.append("}\n"
                + "local threads = 0\n"
                + "function setup(thread)\n"
                + "  thread:set(\"start\", threads * 7919)\n"
                + "  threads = threads + 1\n"
                + "end\n"
                + "local n = nil\n"
                + "function request()\n"
                + "  if n == nil then n = start or 0 end\n"
                + "  n = n + 1\n"
                + "  local member = members[(n % #members) + 1]\n"
                + "  local paths = member[2]\n"
                + "  local path = paths[(math.floor(n / #members) % #paths) + 1]\n"
                + "  return wrk.format(\"GET\", path, {[\"Cookie\"] = member[1]})\n"
                + "end\n");
        Path file = directory.resolve(name);
        Files.writeString(file, lua, StandardCharsets.UTF_8);
        return file;
    }

    /** Whether each member's session still answers their list: wrk would count a redirect as a success. */
    void checkStillSignedIn(String origin) {
        for (Member member : List.of(members.get(0), members.get(members.size() - 1))) {
            int status = PortalVisitor.withCookie(origin, member.cookie()).get(LIST).statusCode();
            if (status != 200) {
                throw new IllegalStateException(member.email() + "'s session did not last the run (the list answers "
                        + status + "): the figures are not of signed-in pages");
            }
        }
    }
}
