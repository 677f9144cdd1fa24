package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.account.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The portal settings form, as an admin sends it whole.
 *
 * @param welcomeTexts        the welcome e-mail text per language; a blank or missing one falls back to English
 * @param customerTicketTypes codes of the ticket types customers may pick
 * @param version             the version of the settings the admin edited ({@code PortalSettings.version()}), so that
 *                            a concurrent edit is a conflict instead of being overwritten
 */
public record PortalSettingsChange(String baseUrl, Map<Language, String> welcomeTexts, Set<String> customerTicketTypes,
                                   long version) {
    public PortalSettingsChange {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        if (welcomeTexts != null) {
            welcomeTexts.forEach((language, text) -> {
                if (text != null) {
                    texts.put(Objects.requireNonNull(language, "language"), text);
                }
            });
        }
        welcomeTexts = Map.copyOf(texts);
        customerTicketTypes = customerTicketTypes == null ? Set.of() : Set.copyOf(customerTicketTypes);
    }
}
