package dev.helpdesk.core.domain.ticket;

import dev.helpdesk.core.domain.category.Category;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.category.CategoryTree;
import dev.helpdesk.core.domain.policy.FieldDefinition;
import dev.helpdesk.core.domain.policy.FieldPolicy;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldType;
import dev.helpdesk.core.domain.policy.Option;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.status.Status;
import dev.helpdesk.core.domain.status.StatusCatalog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How tickets are shaped in one helpdesk: statuses, categories, types, option lists, custom fields, the field
 * policy, attachment limits. The host configures it once, in code, and hands it to the services.
 *
 * @param customerTypes    the ticket types customers may pick (seed 001); agents may use all
 * @param priorities       from lowest to highest: the order of the priority sort
 * @param defaultValues         the value a new ticket gets for a choice field nobody filled in
 * @param referencePrefix  what ticket numbers are shown with: "HD" gives "HD-1042"
 */
public record TicketSchema(StatusCatalog statuses, CategoryTree categories, List<Option> types,
                           Set<String> customerTypes, List<Option> priorities, List<Option> impacts,
                           List<Option> productFamilies, List<FieldDefinition> customFields, FieldPolicy policy,
                           Map<FieldRef, String> defaultValues, AttachmentPolicy attachments, String referencePrefix) {
    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{0,9}");

    public TicketSchema {
        Objects.requireNonNull(statuses, "statuses");
        Objects.requireNonNull(categories, "categories");
        types = List.copyOf(types);
        customerTypes = Set.copyOf(customerTypes);
        priorities = List.copyOf(priorities);
        impacts = List.copyOf(impacts);
        productFamilies = List.copyOf(productFamilies);
        customFields = List.copyOf(customFields);
        for (FieldDefinition custom : customFields) {
            if (!custom.ref().isCustom()) {
                throw new IllegalArgumentException("custom fields are named custom.<key>: " + custom.ref());
            }
        }
        Objects.requireNonNull(policy, "policy");
        defaultValues = Map.copyOf(defaultValues);
        Objects.requireNonNull(attachments, "attachments");
        if (referencePrefix == null || !PREFIX.matcher(referencePrefix).matches()) {
            throw new IllegalArgumentException("reference prefix must be 1 to 10 capital letters or digits: " + referencePrefix);
        }
        for (String type : customerTypes) {
            if (types.stream().noneMatch(o -> o.code().equals(type))) {
                throw new IllegalArgumentException("customer type " + type + " is not a ticket type");
            }
        }
        List<FieldDefinition> definitions = definitionsOf(types, priorities, impacts, productFamilies, customFields);
        defaultValues.forEach((field, code) -> {
            boolean known = definitions.stream().anyMatch(d -> d.ref().equals(field) && d.hasOption(code));
            if (!known) {
                throw new IllegalArgumentException("default " + field + "=" + code + " is not an option of that field");
            }
        });
    }

    /**
     * The seeds' helpdesk: seed 004's statuses, seed 002's departments with subcategories (seed 003) routed to
     * three teams, Atera's built-in fields (seed 001), no custom fields.
     */
    public static TicketSchema defaults() {
        TeamId technical = TeamId.of("technical-support");
        TeamId billing = TeamId.of("billing");
        TeamId web = TeamId.of("web-services");
        CategoryTree tree = new CategoryTree(List.of(
                Category.topLevel("control-panel", "Control Panel", technical,
                        "Hosting, PHP, Apache, MySQL, Ruby, disk space and resource use (bandwidth, CPU reports)."),
                Category.sub("control-panel-php", "control-panel", "PHP and Apache", null, "Settings, versions and errors of PHP and the web server."),
                Category.sub("control-panel-databases", "control-panel", "MySQL databases", null, "Creating, importing and repairing databases."),
                Category.sub("control-panel-resources", "control-panel", "Disk and resources", null, "Disk space, bandwidth and CPU use and their reports."),
                Category.topLevel("billing", "Billing Issues", billing,
                        "Payments, invoices and receipts, charges, and questions about a product."),
                Category.topLevel("email", "E-mail Problems", technical,
                        "Creating, editing, suspending or deleting mail accounts, and any problem with the mail service."),
                Category.sub("email-accounts", "email", "Mail accounts", null, "Create, edit, suspend or delete an account."),
                Category.sub("email-delivery", "email", "Sending and receiving", null, "Mail that does not arrive or is refused."),
                Category.topLevel("website-updates", "Website Updates", web,
                        "Changes you want made to your site: attach the final text and images."),
                Category.topLevel("quotes", "Quotes", billing,
                        "Quotes you have with us: follow-ups, questions, changes and new dates."),
                Category.topLevel("other", "Other", technical,
                        "Anything that fits nowhere else, or when you are not sure.")));
        return new TicketSchema(StatusCatalog.defaults(), tree,
                List.of(Option.of("question", "Question"), Option.of("incident", "Incident"),
                        Option.of("problem", "Problem"), Option.of("request", "Request")),
                Set.of("question", "incident", "request"),
                List.of(Option.of("low", "Low"), Option.of("medium", "Medium"), Option.of("high", "High"),
                        Option.of("critical", "Critical")),
                List.of(Option.of("minor", "Minor"), Option.of("moderate", "Moderate"), Option.of("major", "Major"),
                        Option.of("site-down", "Site down")),
                List.of(Option.of("hosting", "Hosting"), Option.of("email", "E-mail"), Option.of("domains", "Domains"),
                        Option.of("websites", "Websites")),
                List.of(), FieldPolicy.defaults(),
                Map.of(FieldRef.TYPE, "question", FieldRef.PRIORITY, "medium"),
                AttachmentPolicy.defaults(), "HD");
    }

    public TicketSchema withPolicy(FieldPolicy next) {
        return new TicketSchema(statuses, categories, types, customerTypes, priorities, impacts, productFamilies,
                customFields, next, defaultValues, attachments, referencePrefix);
    }

    public TicketSchema withStatuses(StatusCatalog next) {
        return new TicketSchema(next, categories, types, customerTypes, priorities, impacts, productFamilies,
                customFields, policy, defaultValues, attachments, referencePrefix);
    }

    public TicketSchema withCustomFields(List<FieldDefinition> next) {
        return new TicketSchema(statuses, categories, types, customerTypes, priorities, impacts, productFamilies,
                next, policy, defaultValues, attachments, referencePrefix);
    }

    public TicketSchema withAttachments(AttachmentPolicy next) {
        return new TicketSchema(statuses, categories, types, customerTypes, priorities, impacts, productFamilies,
                customFields, policy, defaultValues, next, referencePrefix);
    }

    /** The same schema with other ticket types for customers; each must be one of the schema's types. */
    public TicketSchema withCustomerTypes(Set<String> next) {
        return new TicketSchema(statuses, categories, types, next, priorities, impacts, productFamilies,
                customFields, policy, defaultValues, attachments, referencePrefix);
    }

    public TicketSchema withCategories(CategoryTree next) {
        return new TicketSchema(statuses, next, types, customerTypes, priorities, impacts, productFamilies,
                customFields, policy, defaultValues, attachments, referencePrefix);
    }

    /** Every field but status, built-in first, in the order forms show them. */
    public List<FieldDefinition> fieldDefinitions() {
        return definitionsOf(types, priorities, impacts, productFamilies, customFields);
    }

    private static List<FieldDefinition> definitionsOf(List<Option> types, List<Option> priorities, List<Option> impacts,
                                                       List<Option> productFamilies, List<FieldDefinition> customFields) {
        List<FieldDefinition> all = new ArrayList<>();
        all.add(new FieldDefinition(FieldRef.TYPE, "Type", FieldType.SINGLE_CHOICE, types));
        all.add(new FieldDefinition(FieldRef.PRIORITY, "Priority", FieldType.SINGLE_CHOICE, priorities));
        all.add(new FieldDefinition(FieldRef.IMPACT, "Impact", FieldType.SINGLE_CHOICE, impacts));
        all.add(new FieldDefinition(FieldRef.PRODUCT_FAMILY, "Product family", FieldType.SINGLE_CHOICE, productFamilies));
        all.addAll(customFields);
        return all;
    }

    /** The definition of any field, status included (its options are the catalog's codes). */
    public Optional<FieldDefinition> definition(FieldRef field) {
        if (field.equals(FieldRef.STATUS)) {
            List<Option> options = statuses.statuses().stream()
                    .map(s -> Option.of(s.code(), s.internalName()))
                    .toList();
            return Optional.of(new FieldDefinition(FieldRef.STATUS, "Status", FieldType.SINGLE_CHOICE, options));
        }
        return fieldDefinitions().stream().filter(d -> d.ref().equals(field)).findFirst();
    }

    /**
     * The leaf categories ({@link CategoryTree#leaves()}) whose tickets show this field to customers, in tree order:
     * a customer may filter by a field only within them, and sort by it only when they are all the leaves.
     */
    public Set<CategoryId> leafCategoriesShowing(FieldRef field) {
        Set<CategoryId> showing = new LinkedHashSet<>();
        categories.leaves().forEach((leaf, top) -> {
            Optional<CategoryId> sub = leaf.equals(top) ? Optional.empty() : Optional.of(leaf);
            if (policy.ruleFor(field, top, sub).access().visible()) {
                showing.add(leaf);
            }
        });
        return showing;
    }

    /** The ticket types a customer may pick, as a definition to validate their input against. */
    public FieldDefinition customerTypeDefinition() {
        List<Option> allowed = types.stream().filter(o -> customerTypes.contains(o.code())).toList();
        return new FieldDefinition(FieldRef.TYPE, "Type", FieldType.SINGLE_CHOICE, allowed.isEmpty() ? types : allowed);
    }

    /** The label a viewer reads for a status: customers see the customer label. */
    public String statusLabel(String code, boolean forStaff) {
        return statuses.find(code).map(s -> forStaff ? s.internalName() : s.customerLabel()).orElse(code);
    }

    public String referenceOf(TicketNumber number) {
        return number.reference(referencePrefix);
    }

    public List<String> priorityOrder() {
        return priorities.stream().map(Option::code).toList();
    }

    /** All statuses, for pickers. */
    public List<Status> statusList() {
        return statuses.statuses();
    }
}
