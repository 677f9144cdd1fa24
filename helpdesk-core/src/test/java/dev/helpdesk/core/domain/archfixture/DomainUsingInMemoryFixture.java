package dev.helpdesk.core.domain.archfixture;

import dev.helpdesk.core.inmemory.archfixture.InMemoryUsingDomainFixture;

/** Planted violation: a domain class using the in-memory adapter (which uses the domain back: a cycle). */
public final class DomainUsingInMemoryFixture {

    private final InMemoryUsingDomainFixture store = new InMemoryUsingDomainFixture();

    InMemoryUsingDomainFixture store() {
        return store;
    }
}
