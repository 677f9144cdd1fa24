package dev.helpdesk.core.domain.directory;

import dev.helpdesk.core.domain.Text;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/** A customer company (the seeds' site or account). */
public record Organization(OrganizationId id, String name, ZoneId timeZone, Locale locale, SharingMode sharing) {
    public Organization {
        Objects.requireNonNull(id, "id");
        name = Text.singleLine("name", name, 200);
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(sharing, "sharing");
    }

    public static Organization of(String id, String name, SharingMode sharing) {
        return new Organization(OrganizationId.of(id), name, ZoneId.of("UTC"), Locale.ENGLISH, sharing);
    }

    public Organization withSharing(SharingMode mode) {
        return new Organization(id, name, timeZone, locale, mode);
    }
}
