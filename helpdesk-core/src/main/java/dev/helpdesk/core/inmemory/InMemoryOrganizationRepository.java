package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.port.OrganizationRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryOrganizationRepository implements OrganizationRepository {
    private final Table<OrganizationId, Organization> table;

    InMemoryOrganizationRepository(UnitOfWork unitOfWork) {
        table = new Table<>(unitOfWork, Organization::id, Comparator.comparing(o -> o.id().value()));
    }

    @Override
    public void save(Organization organization) {
        table.upsert(organization, other -> { });
    }

    @Override
    public Optional<Organization> find(OrganizationId id) {
        return table.find(id);
    }

    @Override
    public List<Organization> all() {
        return table.where(o -> true);
    }
}
