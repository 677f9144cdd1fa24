package dev.helpdesk.web.portal.tickets;

import dev.helpdesk.core.domain.Page;
import dev.helpdesk.core.domain.category.Category;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.policy.FieldDefinition;
import dev.helpdesk.core.domain.policy.FieldType;
import dev.helpdesk.core.domain.policy.Option;
import dev.helpdesk.core.domain.status.Status;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.domain.ticket.TicketSort;
import dev.helpdesk.core.service.TicketSummaryView;
import dev.helpdesk.web.i18n.Translator;
import dev.helpdesk.web.portal.tickets.TicketListModel.Chip;
import dev.helpdesk.web.portal.tickets.TicketListModel.Param;
import dev.helpdesk.web.portal.tickets.TicketListModel.Choice;
import dev.helpdesk.web.portal.tickets.TicketListModel.Row;
import dev.helpdesk.web.portal.tickets.TicketListModel.Select;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Turns a page of tickets and the list's parameters into what the template prints, in the viewer's language. */
public final class TicketListModelBuilder {
    private final TicketSchema schema;
    private final Filterable filterable;
    private final Translator t;
    private final Labels labels;
    private final UnaryOperator<String> url;

    /**
     * @param url makes a portal path a link ({@code /tickets} is {@code /support/tickets})
     */
    public TicketListModelBuilder(TicketSchema schema, Filterable filterable, Translator t, UnaryOperator<String> url) {
        this.schema = schema;
        this.filterable = filterable;
        this.t = t;
        this.labels = new Labels(t);
        this.url = url;
    }

    public TicketListModel build(ListParams params, Page<TicketSummaryView> page, boolean showRequester, Instant now) {
        List<Row> rows = new ArrayList<>();
        for (TicketSummaryView ticket : page.items()) {
            rows.add(row(ticket, now));
        }
        String base = url.apply("/tickets");
        return new TicketListModel(rows, showRequester, params.q(), filterable.statuses(), statuses(params),
                categories(params), fields(params), sorts(params), chips(params, base), hidden(params),
                page.nextCursor().map(c -> base + params.page(c)),
                params.paged() ? Optional.of(base + params.firstPage()) : Optional.empty(),
                base + params.cleared(), params.filtered(), params.searching());
    }

    private Row row(TicketSummaryView ticket, Instant now) {
        String statusLabel = ticket.status().map(s -> labels.status(s.code(), s.label())).orElse("");
        String statusClass = ticket.status().map(s -> StatusKinds.cssClass(schema, s.code())).orElse("");
        return new Row(url.apply("/tickets/" + ticket.id().value()), ticket.reference(), ticket.subject(),
                ticket.requester().name(), labels.category(ticket.category().id(), ticket.category().name()),
                statusLabel, statusClass, t.relative(ticket.updatedAt(), now), t.dateTime(ticket.updatedAt()));
    }

    private List<Choice> statuses(ListParams params) {
        List<Choice> choices = new ArrayList<>();
        for (Status status : schema.statusList()) {
            choices.add(new Choice(status.code(), labels.status(status.code(), status.customerLabel()),
                    params.statuses().contains(status.code())));
        }
        return choices;
    }

    private List<Choice> categories(ListParams params) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", t.t("tickets.filter.any"), params.category().isEmpty()));
        for (Category category : schema.categories().topLevel()) {
            choices.add(new Choice(category.id().value(), categoryLabel(category.id().value()),
                    params.category().equals(Optional.of(category.id().value()))));
        }
        return choices;
    }

    private List<Select> fields(ListParams params) {
        List<Select> selects = new ArrayList<>();
        for (FieldDefinition field : filterable.fields()) {
            List<Choice> options = new ArrayList<>();
            options.add(new Choice("", t.t("tickets.filter.any"), params.fieldValues(field.ref().name()).isEmpty()));
            for (Option option : Filterable.options(field)) {
                options.add(new Choice(option.code(), optionLabel(field, option),
                        params.fieldValues(field.ref().name()).contains(option.code())));
            }
            selects.add(new Select(ListParams.FIELD_PREFIX + field.ref().name(),
                    "filter-" + field.ref().name().replace('.', '-'), labels.field(field),
                    options));
        }
        return selects;
    }

    private List<Choice> sorts(ListParams params) {
        List<Choice> choices = new ArrayList<>();
        for (TicketSort sort : TicketSort.values()) {
            boolean offered = switch (sort) {
                case PRIORITY -> filterable.prioritySort();
                case RELEVANCE -> params.searching();
                default -> true;
            };
            if (offered) {
                String code = sort.name().toLowerCase(Locale.ROOT);
                choices.add(new Choice(code, t.t("tickets.sort." + code), params.sort() == sort));
            }
        }
        return choices;
    }

    private List<Chip> chips(ListParams params, String base) {
        List<Chip> chips = new ArrayList<>();
        if (params.searching()) {
            chips.add(new Chip(t.t("tickets.chip.search", params.q()), base + params.without("q", params.q())));
        }
        for (String status : params.statuses()) {
            String label = schema.statuses().find(status).map(s -> labels.status(s.code(), s.customerLabel()))
                    .orElse(status);
            chips.add(new Chip(t.t("tickets.chip.field", t.t("tickets.column.status"), label),
                    base + params.without("status", status)));
        }
        params.category().ifPresent(category -> chips.add(new Chip(
                t.t("tickets.chip.field", t.t("tickets.column.category"), categoryLabel(category)),
                base + params.without("category", category))));
        params.fields().forEach((name, values) -> filterable.field(name).ifPresent(field -> {
            for (String value : values) {
                String label = Filterable.options(field).stream().filter(o -> o.code().equals(value)).findFirst()
                        .map(o -> optionLabel(field, o)).orElse(value);
                chips.add(new Chip(t.t("tickets.chip.field", labels.field(field), label),
                        base + params.without(ListParams.FIELD_PREFIX + name, value)));
            }
        }));
        return chips;
    }

    private TicketListModel.Hidden hidden(ListParams params) {
        List<Param> forSearch = new ArrayList<>();
        params.statuses().forEach(s -> forSearch.add(new Param("status", s)));
        params.category().ifPresent(c -> forSearch.add(new Param("category", c)));
        params.fields().forEach((name, values) ->
                values.forEach(v -> forSearch.add(new Param(ListParams.FIELD_PREFIX + name, v))));
        List<Param> forFilters = new ArrayList<>();
        if (params.searching()) {
            forFilters.add(new Param("q", params.q()));
        }
        forFilters.add(new Param("sort", params.sort().name().toLowerCase(Locale.ROOT)));
        params.size().ifPresent(size -> {
            forFilters.add(new Param("size", String.valueOf(size)));
            forSearch.add(new Param("size", String.valueOf(size)));
        });
        return new TicketListModel.Hidden(forSearch, forFilters);
    }

    private String categoryLabel(String id) {
        return labels.category(id, schema.categories().nameOf(CategoryId.of(id)));
    }

    private String optionLabel(FieldDefinition field, Option option) {
        if (field.type() == FieldType.CHECKBOX) {
            return t.t("tickets.filter." + ("true".equals(option.code()) ? "yes" : "no"));
        }
        return labels.option(field, option.code());
    }
}
