package dev.helpdesk.core.inmemory.archfixture;

import dev.helpdesk.core.domain.archfixture.DomainUsingInMemoryFixture;
import java.util.ArrayList;
import java.util.List;

/** Planted fixture: an in-memory adapter class holding domain objects (allowed on its own). */
public final class InMemoryUsingDomainFixture {

    private final List<DomainUsingInMemoryFixture> saved = new ArrayList<>();

    public void save(DomainUsingInMemoryFixture value) {
        saved.add(value);
    }
}
