package dev.helpdesk.core.domain.portal;

import dev.helpdesk.core.domain.Text;
import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.error.InvalidInputException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the customer portal presents itself (seed 001): its public base URL, which every link in mail and pages starts
 * with; the welcome e-mail text per language; and the ticket types customers may pick.
 *
 * @param baseUrl             absolute http(s), no query or fragment, without trailing slash (normalised here)
 * @param welcomeTexts        the admin's welcome text per language; a language without one uses
 *                            {@link #welcomeText(Language)}'s fallback
 * @param customerTicketTypes codes of the schema's ticket types customers may pick
 * @param version             the stored version these settings were read at; 0 for the defaults, never stored
 */
public record PortalSettings(String baseUrl, Map<Language, String> welcomeTexts, Set<String> customerTicketTypes,
                             long version) {
    public static final int WELCOME_TEXT_LIMIT = 10_000;
    /** The base URL until an admin sets one: a portal run locally. */
    public static final String DEFAULT_BASE_URL = "http://localhost:8080";

    private static final Map<Language, String> BUILT_IN_WELCOME = Map.of(
            Language.EN, "Welcome to our support portal. Choose your password to open and follow your tickets.",
            Language.FR, "Bienvenue sur notre portail d'assistance. Choisissez votre mot de passe pour ouvrir et "
                    + "suivre vos tickets.",
            Language.DE, "Willkommen in unserem Support-Portal. Wählen Sie Ihr Passwort, um Ihre Tickets zu eröffnen "
                    + "und zu verfolgen.",
            Language.ES, "Bienvenido a nuestro portal de soporte. Elija su contraseña para abrir y seguir sus tickets.",
            Language.IT, "Benvenuto nel nostro portale di assistenza. Scegli la tua password per aprire e seguire i "
                    + "tuoi ticket.");

    public PortalSettings {
        baseUrl = BaseUrl.normalise(baseUrl);
        Objects.requireNonNull(welcomeTexts, "welcomeTexts");
        Map<Language, String> texts = new EnumMap<>(Language.class);
        welcomeTexts.forEach((language, text) -> {
            String checked = Text.optional("welcomeTexts." + language.code(), text, WELCOME_TEXT_LIMIT);
            if (!checked.isEmpty()) {
                texts.put(language, checked);
            }
        });
        welcomeTexts = Map.copyOf(texts);
        Objects.requireNonNull(customerTicketTypes, "customerTicketTypes");
        Set<String> types = new LinkedHashSet<>();
        for (String type : customerTicketTypes) {
            types.add(Text.singleLine("customerTicketTypes", type, 64));
        }
        customerTicketTypes = Set.copyOf(types);
        if (version < 0) {
            throw new IllegalArgumentException("version cannot be negative");
        }
    }

    /** What a helpdesk uses until an admin saves settings: the local base URL, built-in texts, the schema's types. */
    public static PortalSettings defaults(TicketSchema schema) {
        return new PortalSettings(DEFAULT_BASE_URL, Map.of(), schema.customerTypes(), 0);
    }

    /** The admin's welcome text in this language, else the admin's English one, else a built-in text. */
    public String welcomeText(Language language) {
        String text = welcomeTexts.get(language);
        if (text != null) {
            return text;
        }
        String english = welcomeTexts.get(Language.EN);
        return english != null ? english : BUILT_IN_WELCOME.get(language);
    }

    /** An absolute link to a portal path: {@code link("/tickets/42")} is {@code https://help.example.com/tickets/42}. */
    public String link(String path) {
        Objects.requireNonNull(path, "path");
        return path.isEmpty() ? baseUrl : baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /**
     * These settings with only the customer types {@code schema} still has: a schema change never offers customers
     * a type that no longer exists. Returns this object when nothing is left out.
     */
    public PortalSettings withTypesOf(TicketSchema schema) {
        Set<String> known = new LinkedHashSet<>(customerTicketTypes);
        known.removeIf(type -> schema.types().stream().noneMatch(option -> option.code().equals(type)));
        return known.size() == customerTicketTypes.size() ? this
                : new PortalSettings(baseUrl, welcomeTexts, known, version);
    }

    /**
     * Checks the customer ticket types against the schema's ticket types.
     *
     * @throws InvalidInputException naming {@code customerTicketTypes} (rule {@code not_a_type}) for an unknown one
     */
    public PortalSettings checkedAgainst(TicketSchema schema) {
        for (String type : customerTicketTypes) {
            if (schema.types().stream().noneMatch(option -> option.code().equals(type))) {
                throw InvalidInputException.of("customerTicketTypes", "not_a_type",
                        "'" + type + "' is not a ticket type of this helpdesk");
            }
        }
        return this;
    }

    public PortalSettings withVersion(long storedVersion) {
        return new PortalSettings(baseUrl, welcomeTexts, customerTicketTypes, storedVersion);
    }
}
