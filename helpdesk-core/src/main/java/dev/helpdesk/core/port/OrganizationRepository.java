package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import java.util.List;
import java.util.Optional;

/** Customer organizations. {@link #save} inserts or replaces. */
public interface OrganizationRepository {
    void save(Organization organization);

    Optional<Organization> find(OrganizationId id);

    /** All organizations, ordered by id. */
    List<Organization> all();
}
