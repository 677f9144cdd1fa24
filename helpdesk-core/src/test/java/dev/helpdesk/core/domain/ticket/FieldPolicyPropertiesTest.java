package dev.helpdesk.core.domain.ticket;

import static dev.helpdesk.core.fixture.Generators.categoryChoices;
import static dev.helpdesk.core.fixture.Generators.invalidInputs;
import static dev.helpdesk.core.fixture.Generators.policyPlans;
import static dev.helpdesk.core.fixture.Generators.validInputs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.policy.FieldAccess;
import dev.helpdesk.core.domain.policy.FieldDefinition;
import dev.helpdesk.core.domain.policy.FieldInputs;
import dev.helpdesk.core.domain.policy.FieldPolicy;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldRule;
import dev.helpdesk.core.domain.policy.FieldType;
import dev.helpdesk.core.domain.policy.FieldValue;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.AgentRole;
import dev.helpdesk.core.error.AccessDeniedException;
import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.fixture.Generators;
import dev.helpdesk.core.fixture.Generators.CategoryChoice;
import dev.helpdesk.core.fixture.Generators.InvalidInput;
import dev.helpdesk.core.fixture.Generators.PolicyPlan;
import dev.helpdesk.core.fixture.Generators.ValidInput;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.ListTickets;
import dev.helpdesk.core.service.OpenTicket;
import dev.helpdesk.core.service.TicketService;
import dev.helpdesk.core.service.TicketSummaryView;
import dev.helpdesk.core.service.TicketView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generated field policies (a rule per built-in and custom field of every type, per-category overrides) against
 * what customers see and may send. The expected rule is computed here from the generated maps, not by asking
 * {@code FieldPolicy}.
 */
class FieldPolicyPropertiesTest {
    private static final TicketSchema BASE = TicketSchema.defaults().withCustomFields(Generators.customFieldsOfEveryType());
    private static final Gen<CategoryChoice> CHOICES = categoryChoices(BASE.categories());
    private static final ContactId MARTHA = ContactId.of("martha");
    private static final AgentId ROOT = AgentId.of("root");

    // ------------------------------------------------------------------------------------- (a) what shows

    @Test
    void aCustomerViewHoldsExactlyTheVisibleFieldsThatHaveAValue() {
        qt().withExamples(200).forAll(policyPlans(BASE), CHOICES, storedValues())
                .checkAssert((plan, choice, values) -> {
                    TicketSchema schema = BASE.withPolicy(plan.policy());
                    Ticket ticket = ticketWith(schema, choice, values);

                    Map<FieldRef, FieldValue> view = TicketFields.customerView(schema, ticket.summary());

                    Map<FieldRef, FieldValue> expected = new LinkedHashMap<>();
                    for (FieldDefinition definition : schema.fieldDefinitions()) {
                        if (expectedRule(plan, definition.ref(), choice).access().visible()
                                && values.containsKey(definition.ref())) {
                            expected.put(definition.ref(), values.get(definition.ref()));
                        }
                    }
                    assertThat(view).containsExactlyEntriesOf(expected);
                    for (FieldRef field : view.keySet()) {
                        assertThat(expectedRule(plan, field, choice).access()).as("%s in %s", field, choice)
                                .isNotEqualTo(FieldAccess.HIDDEN);
                    }
                });
    }

    @Test
    void theServiceShowsACustomerOnlyTheFieldsTheirTicketsCategoryLetsThemSee() {
        qt().withExamples(60).forAll(policyPlans(BASE), CHOICES, storedValues())
                .checkAssert((plan, choice, values) -> {
                    TicketSchema schema = BASE.withPolicy(plan.policy());
                    TicketService tickets = helpdesk(schema);
                    FieldInputs.Builder inputs = FieldInputs.builder();
                    values.forEach((field, value) -> inputs.set(field, raw(value)));
                    TicketId id = tickets.open(Caller.agent(ROOT), openIn(choice).onBehalfOf(MARTHA)
                            .withFields(inputs.build())).id();

                    Map<FieldRef, FieldValue> stored = new LinkedHashMap<>(values);
                    stored.putIfAbsent(FieldRef.TYPE, new FieldValue.ChoiceValue("question"));
                    stored.putIfAbsent(FieldRef.PRIORITY, new FieldValue.ChoiceValue("medium"));
                    List<Tuple> expected = customerFields(schema, plan, choice, stored);

                    TicketView view = tickets.get(Caller.contact(MARTHA), id);
                    assertThat(view.fields()).extracting(f -> f.ref(), f -> f.value(), f -> f.access())
                            .containsExactlyElementsOf(expected);
                    assertThat(view.status().isPresent()).as("status shown")
                            .isEqualTo(expectedRule(plan, FieldRef.STATUS, choice).access().visible());
                    List<TicketSummaryView> rows = tickets.list(Caller.contact(MARTHA), ListTickets.firstPage()).items();
                    assertThat(rows).hasSize(1);
                    assertThat(rows.get(0).fields()).extracting(f -> f.ref(), f -> f.value(), f -> f.access())
                            .containsExactlyElementsOf(expected);
                    assertThat(rows.get(0).status().isPresent()).isEqualTo(view.status().isPresent());
                });
    }

    /**
     * A filter is a way of reading: every row of "tickets where F is v" tells the customer that F is v on that
     * ticket. So a customer's filter on F may only match tickets whose category lets them see F.
     *
     * <p>Otherwise a customer could learn a hidden value by filtering on it (priority hidden for "billing" but
     * editable by default: filtering priority=critical would return the billing tickets whose hidden priority is
     * critical). The service limits such a filter to the categories that show the field.
     */
    @Test
    void filteringByAFieldNeverRevealsAValueTheTicketsCategoryHidesFromTheCustomer() {
        List<FieldRef> filterable = List.of(FieldRef.PRIORITY, FieldRef.IMPACT, FieldRef.custom("single_choice"));
        // each ticket: a category and which option (by index, modulo the field's options) it holds
        Gen<List<Map.Entry<CategoryChoice, Integer>>> ticketsToOpen = in -> {
            List<Map.Entry<CategoryChoice, Integer>> tickets = new ArrayList<>();
            int count = Generate.range(1, 8).generate(in);
            for (int i = 0; i < count; i++) {
                tickets.add(Map.entry(CHOICES.generate(in), Generate.range(0, 3).generate(in)));
            }
            return tickets;
        };
        qt().withExamples(40).withShrinkCycles(100)
                .forAll(policyPlans(BASE), Generate.pick(filterable), ticketsToOpen, Generate.range(0, 3))
                .checkAssert((plan, field, toOpen, wantedIndex) -> {
                    TicketSchema schema = BASE.withPolicy(plan.policy());
                    TicketService tickets = helpdesk(schema);
                    List<String> codes = schema.definition(field).orElseThrow().options().stream().map(o -> o.code()).toList();
                    String wanted = codes.get(wantedIndex % codes.size());
                    Set<TicketId> expected = new HashSet<>();
                    for (Map.Entry<CategoryChoice, Integer> ticket : toOpen) {
                        CategoryChoice choice = ticket.getKey();
                        String value = codes.get(ticket.getValue() % codes.size());
                        TicketId id = tickets.open(Caller.agent(ROOT), openIn(choice).onBehalfOf(MARTHA)
                                .withFields(FieldInputs.builder().set(field, value).build())).id();
                        if (value.equals(wanted) && expectedRule(plan, field, choice).access().visible()) {
                            expected.add(id);
                        }
                    }
                    ListTickets filtered = ListTickets.firstPage().ofSize(ListTickets.MAX_PAGE_SIZE)
                            .filtered(TicketFilter.builder().field(field, wanted).build());

                    if (!visibleSomewhere(plan, field)) {
                        assertThatThrownBy(() -> tickets.list(Caller.contact(MARTHA), filtered))
                                .isInstanceOfSatisfying(InvalidInputException.class,
                                        e -> assertNames(e.fieldErrors(), new FieldError(field.name(), "hidden", "")));
                        return;
                    }
                    assertThat(tickets.list(Caller.contact(MARTHA), filtered).items())
                            .extracting(TicketSummaryView::id)
                            .as("%s=%s for a customer: only tickets whose category shows %s", field, wanted, field)
                            .containsExactlyInAnyOrderElementsOf(expected);
                });
    }

    /** The smallest case of the leak described above. */
    @Test
    void aCustomerCannotLearnAPriorityHiddenInTheirTicketsCategoryByFilteringOnIt() {
        FieldPolicy policy = FieldPolicy.defaults().withOverride(CategoryId.of("billing"), FieldRef.PRIORITY, FieldRule.HIDDEN);
        TicketService tickets = helpdesk(BASE.withPolicy(policy));
        TicketId billing = tickets.open(Caller.agent(ROOT), OpenTicket.of(CategoryId.of("billing"), "Refund", "")
                .onBehalfOf(MARTHA).withFields(FieldInputs.builder().set(FieldRef.PRIORITY, "critical").build())).id();
        TicketId quotes = tickets.open(Caller.agent(ROOT), OpenTicket.of(CategoryId.of("quotes"), "New quote", "")
                .onBehalfOf(MARTHA).withFields(FieldInputs.builder().set(FieldRef.PRIORITY, "critical").build())).id();
        assertThat(tickets.get(Caller.contact(MARTHA), billing).field(FieldRef.PRIORITY)).as("hidden on the billing ticket")
                .isEmpty();

        List<TicketSummaryView> critical = tickets.list(Caller.contact(MARTHA), ListTickets.firstPage()
                .filtered(TicketFilter.builder().field(FieldRef.PRIORITY, "critical").build())).items();

        assertThat(critical).extracting(TicketSummaryView::id)
                .as("the billing ticket's priority is hidden from Martha, so a filter on it must not tell her it is critical")
                .containsExactly(quotes);
    }

    // ----------------------------------------------------------------------------- (b) valid input works

    @Test
    void aValidCustomerCreateIsAcceptedAndItsValuesRoundTrip() {
        qt().withExamples(200).forAll(validCreates()).checkAssert(create -> {
            TicketSchema schema = BASE.withPolicy(create.plan().policy());

            Map<FieldRef, FieldValue> present = TicketFields.customerCreate(schema, create.choice().category(),
                    create.choice().subcategory(), create.inputs()).present();

            assertThat(present).isEqualTo(withDefaults(create.expected()));
        });
    }

    @Test
    void aValidCustomerCreateThroughTheServiceShowsTheCustomerExactlyTheirValues() {
        qt().withExamples(60).forAll(validCreates()).checkAssert(create -> {
            TicketSchema schema = BASE.withPolicy(create.plan().policy());
            TicketService tickets = helpdesk(schema);

            TicketView opened = tickets.open(Caller.contact(MARTHA), openIn(create.choice()).withFields(create.inputs()));

            Map<FieldRef, FieldValue> stored = withDefaults(create.expected());
            List<Tuple> expected = customerFields(schema, create.plan(), create.choice(), stored);
            assertThat(opened.fields()).extracting(f -> f.ref(), f -> f.value(), f -> f.access())
                    .containsExactlyElementsOf(expected);
            assertThat(tickets.get(Caller.contact(MARTHA), opened.id()).fields())
                    .extracting(f -> f.ref(), f -> f.value(), f -> f.access()).containsExactlyElementsOf(expected);
            TicketView staff = tickets.get(Caller.agent(ROOT), opened.id());
            for (FieldDefinition definition : schema.fieldDefinitions()) {
                assertThat(staff.field(definition.ref()).orElseThrow().value()).as("stored %s", definition.ref())
                        .isEqualTo(Optional.ofNullable(stored.get(definition.ref())).map(FieldValue::display));
            }
        });
    }

    // ---------------------------------------------------------------------------- (c) invalid input fails

    @Test
    void inputForAFieldHiddenInTheTicketsCategoryIsInvalidNamingTheFieldAsHidden() {
        qt().withExamples(200).forAll(touching(FieldAccess.HIDDEN)).checkAssert(bad -> {
            TicketSchema schema = BASE.withPolicy(bad.plan().policy());
            CategoryChoice choice = bad.choice();
            FieldError hidden = new FieldError(bad.field().name(), "hidden", "");

            assertThatThrownBy(() -> TicketFields.customerCreate(schema, choice.category(), choice.subcategory(), bad.inputs()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertNames(e.fieldErrors(), hidden));
            assertThatThrownBy(() -> TicketFields.customerUpdate(schema, choice.category(), choice.subcategory(), bad.inputs()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertNames(e.fieldErrors(), hidden));
        });
    }

    @Test
    void inputForAViewOnlyFieldIsDeniedNamingTheFieldAsViewOnly() {
        qt().withExamples(200).forAll(touching(FieldAccess.VIEW_ONLY)).checkAssert(bad -> {
            TicketSchema schema = BASE.withPolicy(bad.plan().policy());
            CategoryChoice choice = bad.choice();
            FieldError viewOnly = new FieldError(bad.field().name(), "view_only", "");

            assertThatThrownBy(() -> TicketFields.customerCreate(schema, choice.category(), choice.subcategory(), bad.inputs()))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertNames(e.fieldErrors(), viewOnly));
            assertThatThrownBy(() -> TicketFields.customerUpdate(schema, choice.category(), choice.subcategory(), bad.inputs()))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertNames(e.fieldErrors(), viewOnly));
        });
    }

    @Test
    void theServiceRefusesACustomerTicketTouchingAHiddenOrViewOnlyField() {
        Gen<BadInput> either = Generate.oneOf(touching(FieldAccess.HIDDEN), touching(FieldAccess.VIEW_ONLY));
        qt().withExamples(40).forAll(either).checkAssert(bad -> {
            TicketSchema schema = BASE.withPolicy(bad.plan().policy());
            TicketService tickets = helpdesk(schema);
            boolean hidden = expectedRule(bad.plan(), bad.field(), bad.choice()).access() == FieldAccess.HIDDEN;

            assertThatThrownBy(() -> tickets.open(Caller.contact(MARTHA), openIn(bad.choice()).withFields(bad.inputs())))
                    .isInstanceOf(hidden ? InvalidInputException.class : AccessDeniedException.class)
                    .satisfies(e -> assertNames(((dev.helpdesk.core.error.HelpdeskException) e).fieldErrors(),
                            new FieldError(bad.field().name(), hidden ? "hidden" : "view_only", "")));
            assertThat(tickets.list(Caller.agent(ROOT), ListTickets.firstPage()).items()).isEmpty();
        });
    }

    @Test
    void aMissingRequiredFieldIsInvalidNamingTheField() {
        qt().withExamples(200).forAll(missingRequired()).checkAssert(bad -> {
            TicketSchema schema = BASE.withPolicy(bad.plan().policy());
            CategoryChoice choice = bad.choice();

            assertThatThrownBy(() -> TicketFields.customerCreate(schema, choice.category(), choice.subcategory(), bad.inputs()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::rule)
                                    .containsExactly(tuple(bad.field().name(), "required")));
        });
    }

    @Test
    void aValueOfTheWrongTypeIsInvalidNamingTheField() {
        qt().withExamples(200).forAll(wronglyTyped()).checkAssert(bad -> {
            TicketSchema schema = BASE.withPolicy(bad.plan().policy());
            CategoryChoice choice = bad.choice();

            assertThatThrownBy(() -> TicketFields.customerCreate(schema, choice.category(), choice.subcategory(), bad.inputs()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::rule)
                                    .containsExactly(tuple(bad.field().name(), bad.rule())));
            assertThatThrownBy(() -> TicketFields.staffInput(schema, bad.inputs(), true))
                    .as("agents' input is checked by type too")
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).extracting(FieldError::field).contains(bad.field().name()));
        });
    }

    @Test
    void aCustomerMayNotPickATicketTypeReservedForAgents() {
        TicketSchema schema = BASE.withPolicy(FieldPolicy.defaults());
        FieldInputs problem = FieldInputs.builder().set(FieldRef.TYPE, "problem").build();

        assertThatThrownBy(() -> TicketFields.customerCreate(schema, CategoryId.of("billing"), Optional.empty(), problem))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::rule)
                                .containsExactly(tuple("type", "not_an_option")));
        assertThat(TicketFields.staffInput(schema, problem, false).present())
                .containsEntry(FieldRef.TYPE, new FieldValue.ChoiceValue("problem"));
    }

    // --------------------------------------------------------------------------------- reference model

    /** The rule the plan gives a field on a ticket in this category: subcategory, then category, then default. */
    private static FieldRule expectedRule(PolicyPlan plan, FieldRef field, CategoryChoice choice) {
        if (choice.subcategory().isPresent()) {
            FieldRule fromSub = plan.overrides().getOrDefault(choice.subcategory().get(), Map.of()).get(field);
            if (fromSub != null) {
                return fromSub;
            }
        }
        FieldRule fromCategory = plan.overrides().getOrDefault(choice.category(), Map.of()).get(field);
        if (fromCategory != null) {
            return fromCategory;
        }
        return plan.defaults().getOrDefault(field, FieldRule.HIDDEN);
    }

    private static boolean visibleSomewhere(PolicyPlan plan, FieldRef field) {
        return plan.defaults().getOrDefault(field, FieldRule.HIDDEN).access().visible()
                || plan.overrides().values().stream()
                        .anyMatch(rules -> rules.containsKey(field) && rules.get(field).access().visible());
    }

    private static List<Tuple> customerFields(TicketSchema schema, PolicyPlan plan, CategoryChoice choice,
                                              Map<FieldRef, FieldValue> stored) {
        List<Tuple> expected = new ArrayList<>();
        for (FieldDefinition definition : schema.fieldDefinitions()) {
            FieldAccess access = expectedRule(plan, definition.ref(), choice).access();
            if (access != FieldAccess.HIDDEN) {
                Optional<String> value = Optional.ofNullable(stored.get(definition.ref())).map(FieldValue::display);
                expected.add(tuple(definition.ref(), value, access));
            }
        }
        return expected;
    }

    private static Map<FieldRef, FieldValue> withDefaults(Map<FieldRef, FieldValue> sent) {
        Map<FieldRef, FieldValue> all = new LinkedHashMap<>(sent);
        all.putIfAbsent(FieldRef.TYPE, new FieldValue.ChoiceValue("question"));
        all.putIfAbsent(FieldRef.PRIORITY, new FieldValue.ChoiceValue("medium"));
        return all;
    }

    private static void assertNames(List<FieldError> errors, FieldError expected) {
        assertThat(errors).extracting(FieldError::field, FieldError::rule).contains(tuple(expected.field(), expected.rule()));
    }

    // -------------------------------------------------------------------------------------- generators

    /** Valid stored values (as an agent may set them) for any subset of the fields. */
    private static Gen<Map<FieldRef, FieldValue>> storedValues() {
        return in -> {
            Map<FieldRef, FieldValue> values = new LinkedHashMap<>();
            for (FieldDefinition definition : Generators.subsetsOf(BASE.fieldDefinitions()).generate(in)) {
                values.put(definition.ref(), validInputs(definition).generate(in).expected());
            }
            return values;
        };
    }

    /** A policy, a category, and a customer's valid input: only editable fields, every required one. */
    record ValidCreate(PolicyPlan plan, CategoryChoice choice, FieldInputs inputs, Map<FieldRef, FieldValue> expected) {
    }

    private static Gen<ValidCreate> validCreates() {
        return in -> {
            PolicyPlan plan = policyPlans(BASE).generate(in);
            CategoryChoice choice = CHOICES.generate(in);
            FieldInputs.Builder inputs = FieldInputs.builder();
            Map<FieldRef, FieldValue> expected = new LinkedHashMap<>();
            for (FieldDefinition definition : BASE.fieldDefinitions()) {
                FieldRule rule = expectedRule(plan, definition.ref(), choice);
                if (rule.access() == FieldAccess.EDITABLE && (rule.requiredOnCreate() || Generate.booleans().generate(in))) {
                    ValidInput value = validInputs(customerDefinition(definition)).generate(in);
                    inputs.set(definition.ref(), value.raw().toArray(String[]::new));
                    expected.put(definition.ref(), value.expected());
                }
            }
            return new ValidCreate(plan, choice, inputs.build(), expected);
        };
    }

    /** Input that breaks one rule of one field; every other field in it is valid and editable. */
    record BadInput(PolicyPlan plan, CategoryChoice choice, FieldRef field, FieldInputs inputs, String rule) {
    }

    /** Valid input for a subset of the editable fields, plus a valid value for a field with this access. */
    private static Gen<BadInput> touching(FieldAccess access) {
        Gen<BadInput> gen = in -> {
            PolicyPlan plan = policyPlans(BASE).generate(in);
            CategoryChoice choice = CHOICES.generate(in);
            List<FieldDefinition> withAccess = BASE.fieldDefinitions().stream()
                    .filter(d -> expectedRule(plan, d.ref(), choice).access() == access).toList();
            if (withAccess.isEmpty()) {
                return null;
            }
            FieldDefinition target = Generate.pick(withAccess).generate(in);
            FieldInputs.Builder inputs = FieldInputs.builder();
            for (FieldDefinition definition : BASE.fieldDefinitions()) {
                FieldRule rule = expectedRule(plan, definition.ref(), choice);
                if (definition.equals(target)) {
                    inputs.set(definition.ref(), validInputs(definition).generate(in).raw().toArray(String[]::new));
                } else if (rule.access() == FieldAccess.EDITABLE && Generate.booleans().generate(in)) {
                    inputs.set(definition.ref(), customerInput(definition).generate(in));
                }
            }
            String rule = access == FieldAccess.HIDDEN ? "hidden" : "view_only";
            return new BadInput(plan, choice, target.ref(), inputs.build(), rule);
        };
        return gen.assuming(Objects::nonNull);
    }

    /** Valid input for every editable field but one required one, left out or sent blank. */
    private static Gen<BadInput> missingRequired() {
        Gen<BadInput> gen = in -> {
            PolicyPlan plan = policyPlans(BASE).generate(in);
            CategoryChoice choice = CHOICES.generate(in);
            List<FieldDefinition> required = BASE.fieldDefinitions().stream()
                    .filter(d -> expectedRule(plan, d.ref(), choice).requiredOnCreate()).toList();
            if (required.isEmpty()) {
                return null;
            }
            FieldDefinition target = Generate.pick(required).generate(in);
            FieldInputs.Builder inputs = FieldInputs.builder();
            for (FieldDefinition definition : BASE.fieldDefinitions()) {
                FieldRule rule = expectedRule(plan, definition.ref(), choice);
                if (definition.equals(target)) {
                    // a blank box is no value; an unticked checkbox, though, is the value false
                    if (definition.type() != FieldType.CHECKBOX && Generate.booleans().generate(in)) {
                        inputs.set(definition.ref(), "   ");
                    }
                } else if (rule.access() == FieldAccess.EDITABLE) {
                    inputs.set(definition.ref(), customerInput(definition).generate(in));
                }
            }
            return new BadInput(plan, choice, target.ref(), inputs.build(), "required");
        };
        return gen.assuming(Objects::nonNull);
    }

    /** Valid input for every editable field but one, which gets a value of the wrong type or shape. */
    private static Gen<BadInput> wronglyTyped() {
        Gen<BadInput> gen = in -> {
            PolicyPlan plan = policyPlans(BASE).generate(in);
            CategoryChoice choice = CHOICES.generate(in);
            List<FieldDefinition> editable = BASE.fieldDefinitions().stream()
                    .filter(d -> expectedRule(plan, d.ref(), choice).access() == FieldAccess.EDITABLE).toList();
            if (editable.isEmpty()) {
                return null;
            }
            FieldDefinition target = Generate.pick(editable).generate(in);
            FieldInputs.Builder inputs = FieldInputs.builder();
            String rule = null;
            for (FieldDefinition definition : BASE.fieldDefinitions()) {
                if (definition.equals(target)) {
                    InvalidInput invalid = invalidInputs(definition).generate(in);
                    inputs.set(definition.ref(), invalid.raw().toArray(String[]::new));
                    rule = invalid.rule();
                } else if (expectedRule(plan, definition.ref(), choice).access() == FieldAccess.EDITABLE) {
                    inputs.set(definition.ref(), customerInput(definition).generate(in));
                }
            }
            return new BadInput(plan, choice, target.ref(), inputs.build(), rule);
        };
        return gen.assuming(Objects::nonNull);
    }

    /** Valid raw input a customer may send for this field. */
    private static Gen<String[]> customerInput(FieldDefinition definition) {
        return validInputs(customerDefinition(definition)).map(value -> value.raw().toArray(String[]::new));
    }

    /** What a customer's value is checked against: the ticket type offers customers fewer options. */
    private static FieldDefinition customerDefinition(FieldDefinition definition) {
        return definition.ref().equals(FieldRef.TYPE) ? BASE.customerTypeDefinition() : definition;
    }

    // ---------------------------------------------------------------------------------------- fixtures

    private static Ticket ticketWith(TicketSchema schema, CategoryChoice choice, Map<FieldRef, FieldValue> values) {
        return Ticket.open(TicketId.of("t1"), new TicketNumber(1), "Fields", MARTHA, OrganizationId.of("acme"),
                choice.category(), choice.subcategory(), values, Assignment.NOBODY, Optional.empty(), schema.statuses(),
                Generators.EPOCH);
    }

    private static OpenTicket openIn(CategoryChoice choice) {
        OpenTicket open = OpenTicket.of(choice.category(), "Something to fill in", "Details");
        return choice.subcategory().map(open::inSubcategory).orElse(open);
    }

    private static String[] raw(FieldValue value) {
        if (value instanceof FieldValue.ChoicesValue) {
            return ((FieldValue.ChoicesValue) value).codes().toArray(String[]::new);
        }
        return new String[] {value.display()};
    }

    private static TicketService helpdesk(TicketSchema schema) {
        Helpdesk helpdesk = Helpdesk.builder().storage(new InMemoryStorage()).schema(schema)
                .ids(Generators.countingIds()).build();
        Organization acme = Organization.of("acme", "Acme", SharingMode.OWN_TICKETS_ONLY);
        helpdesk.directory().save(acme);
        helpdesk.directory().save(new Contact(MARTHA, "Martha", "Jones", EmailAddress.of("martha@acme.example"), Set.of(),
                List.of(Membership.member(acme.id()))));
        helpdesk.directory().save(new Agent(ROOT, "Root", EmailAddress.of("root@support.example"), Set.of(), AgentRole.ADMIN));
        return helpdesk.tickets();
    }
}
