package dev.helpdesk.web.portal.tickets;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the ticket page template shows, ready to print in the viewer's language: the conversation, the details,
 * the properties under the field policy, and the forms (reply, properties, resolve, rating, secret) with what
 * was typed and the errors of the one that was sent, if it failed.
 *
 * @param url      the ticket's own path, such as {@code /support/tickets/abc}; the forms post under it
 * @param problem  a message about the whole page, such as a change made meanwhile by someone else
 * @param canAct   whether the viewer may reply, change fields and share secrets (colleagues may only read in some
 *                 organizations)
 */
public record TicketPageModel(String url, String reference, String subject, Optional<String> problem, Details details,
        List<Property> properties, boolean canEditProperties, long version, Reply reply, List<Entry> conversation,
        boolean canResolve, Optional<Rating> rating, Optional<Secrets> secrets, boolean canAct) {

    /** The "Ticket details" box. */
    public record Details(String statusLabel, String statusClass, String assignee, String requester,
            String category, String created, String updated, String updatedRelative) {
    }

    /**
     * One property. {@code control} is how an editable one is entered: {@code select}, {@code choices}
     * (several checkboxes), {@code checkbox}, {@code number}, {@code date}, {@code textarea} or {@code text}.
     */
    public record Property(String name, String id, String label, boolean editable, boolean required, String control,
            String text, String value, List<Choice> options, String error) {
        public boolean hasError() {
            return !error.isEmpty();
        }

        /** Whether a checkbox property is ticked. */
        public boolean checked() {
            return Set.of("true", "on", "1", "yes").contains(value.toLowerCase(Locale.ROOT));
        }
    }

    public record Choice(String value, String label, boolean selected) {
    }

    /**
     * The reply editor: what was typed and the errors by field ({@code body}, {@code attachments}).
     *
     * @param canReply false for a colleague who may only read, or a closed ticket that takes no more replies
     * @param outcome  what a reply will do to a resolved or closed ticket (reopen it), said next to the editor;
     *                 empty for a ticket in progress
     * @param closed   the ticket is closed and takes no more replies: the page offers a follow-up ticket instead
     */
    public record Reply(boolean canReply, String body, Map<String, String> errors, String limits, String outcome,
            boolean closed) {
        public String error(String field) {
            return errors.getOrDefault(field, "");
        }
    }

    /** One message of the conversation, newest first. */
    public record Entry(String author, boolean byAgent, String time, String timeFull, String channel,
            String bodyHtml, List<File> files) {
    }

    public record File(String name, String size, String url) {
    }

    /**
     * The rating box once the ticket is resolved.
     *
     * @param current     the rating given, in words; empty when none
     * @param reviewLinks shown while the rating is happy
     */
    public record Rating(boolean canRate, String currentScore, String current, String changeableUntil,
            String comment, Map<String, String> errors, List<Link> reviewLinks, boolean complaintOpen) {
        public String error(String field) {
            return errors.getOrDefault(field, "");
        }
    }

    public record Link(String label, String url) {
    }

    /** Secrets shared on the ticket (labels only, never values) and the form to share one. */
    public record Secrets(List<Shared> shared, boolean canShare, String label, Map<String, String> errors,
            boolean open) {
        public String error(String field) {
            return errors.getOrDefault(field, "");
        }
    }

    public record Shared(String label, String sharedAt, String keptUntil, boolean purged) {
    }
}
