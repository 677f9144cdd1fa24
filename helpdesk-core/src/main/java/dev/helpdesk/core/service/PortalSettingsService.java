package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.portal.PortalSettings;
import dev.helpdesk.core.domain.portal.PortalSettingsChanged;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.error.AccessDeniedException;
import dev.helpdesk.core.error.AuthenticationFailedException;
import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.port.AgentRepository;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.PortalSettingsRepository;
import dev.helpdesk.core.port.Transactor;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The portal settings (seed 001): everyone may read them (pages and mail need the base URL); only admin agents may
 * change them. Until an admin saves some, {@link PortalSettings#defaults(TicketSchema) the defaults} apply.
 */
public final class PortalSettingsService {
    private final Transactor transactor;
    private final PortalSettingsRepository settings;
    private final AgentRepository agents;
    private final Outbox outbox;
    private final Clock clock;
    private final TicketSchema schema;

    @Inject
    public PortalSettingsService(Transactor transactor, PortalSettingsRepository settings, AgentRepository agents,
                                 Outbox outbox, Clock clock, TicketSchema schema) {
        this.transactor = Objects.requireNonNull(transactor, "transactor");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /**
     * The current settings, or the defaults. A stored customer type the schema no longer has is left out, so a
     * schema change never offers customers a type that does not exist.
     */
    public PortalSettings get() {
        return settings.find().orElseGet(() -> PortalSettings.defaults(schema)).withTypesOf(schema);
    }

    /**
     * Replaces the settings, over the version the admin edited.
     *
     * @throws AccessDeniedException if the caller is not an admin agent
     * @throws InvalidInputException naming each bad field: {@code baseUrl}, {@code welcomeTexts.<language>},
     *                               {@code customerTicketTypes}
     * @throws dev.helpdesk.core.error.ConflictException {@code portal_settings.stale} when someone saved meanwhile
     */
    public PortalSettings update(Caller caller, PortalSettingsChange change) {
        Agent admin = requireAdmin(caller);
        Objects.requireNonNull(change, "change");
        PortalSettings next = checked(change);
        return transactor.inTransaction(() -> {
            PortalSettings saved = settings.save(next);
            outbox.append(new PortalSettingsChanged(admin.id(), saved.version(), clock.now()));
            return saved;
        });
    }

    /** Every field checked on its own, so that the admin sees all problems at once. */
    private PortalSettings checked(PortalSettingsChange change) {
        List<FieldError> problems = new ArrayList<>();
        check(problems, () -> new PortalSettings(change.baseUrl(), Map.of(), Set.of(), 0));
        for (Map.Entry<Language, String> text : change.welcomeTexts().entrySet()) {
            check(problems, () -> new PortalSettings(PortalSettings.DEFAULT_BASE_URL,
                    Map.of(text.getKey(), text.getValue()), Set.of(), 0));
        }
        check(problems, () -> new PortalSettings(PortalSettings.DEFAULT_BASE_URL, Map.of(),
                change.customerTicketTypes(), 0).checkedAgainst(schema));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PortalSettings(change.baseUrl(), change.welcomeTexts(), change.customerTicketTypes(),
                change.version());
    }

    private static void check(List<FieldError> problems, Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            problems.addAll(e.fieldErrors());
        }
    }

    private Agent requireAdmin(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        if (!(caller instanceof Caller.Agent)) {
            throw adminOnly();
        }
        Agent agent = agents.find(((Caller.Agent) caller).id()).orElseThrow(() -> new AuthenticationFailedException(
                "caller.unknown", "You are not signed in as a known user"));
        if (!agent.isAdmin()) {
            throw adminOnly();
        }
        return agent;
    }

    private static AccessDeniedException adminOnly() {
        return new AccessDeniedException("portal_settings.admin_only", "Only an admin may change the portal settings");
    }
}
