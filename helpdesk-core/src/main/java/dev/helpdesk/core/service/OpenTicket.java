package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.policy.FieldInputs;
import dev.helpdesk.core.domain.ticket.Channel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens a ticket.
 *
 * @param organization for a contact in several organizations, the one this ticket is for; may be empty for a
 *                     contact in exactly one
 * @param requester    only for agents opening a ticket on a customer's behalf; a customer is always the requester
 * @param description  the first message, Markdown; may be empty
 */
public record OpenTicket(Optional<OrganizationId> organization, Optional<ContactId> requester, CategoryId category,
                         Optional<CategoryId> subcategory, String title, String description, FieldInputs fields,
                         List<NewAttachment> attachments, Channel channel) {
    public OpenTicket {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subcategory, "subcategory");
        description = description == null ? "" : description;
        Objects.requireNonNull(fields, "fields");
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(channel, "channel");
    }

    /** A customer's ticket from the portal, with no fields or files. */
    public static OpenTicket of(CategoryId category, String title, String description) {
        return new OpenTicket(Optional.empty(), Optional.empty(), category, Optional.empty(), title, description,
                FieldInputs.NONE, List.of(), Channel.WEB);
    }

    public OpenTicket inSubcategory(CategoryId sub) {
        return new OpenTicket(organization, requester, category, Optional.of(sub), title, description, fields,
                attachments, channel);
    }

    public OpenTicket withFields(FieldInputs next) {
        return new OpenTicket(organization, requester, category, subcategory, title, description, next, attachments, channel);
    }

    public OpenTicket forOrganization(OrganizationId id) {
        return new OpenTicket(Optional.of(id), requester, category, subcategory, title, description, fields, attachments, channel);
    }

    public OpenTicket onBehalfOf(ContactId contact) {
        return new OpenTicket(organization, Optional.of(contact), category, subcategory, title, description, fields,
                attachments, channel);
    }

    public OpenTicket withAttachments(List<NewAttachment> files) {
        return new OpenTicket(organization, requester, category, subcategory, title, description, fields, files, channel);
    }
}
