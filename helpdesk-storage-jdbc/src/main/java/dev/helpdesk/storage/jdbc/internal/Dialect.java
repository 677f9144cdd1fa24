package dev.helpdesk.storage.jdbc.internal;

/** The two databases, and the few places their SQL differs. */
public enum Dialect {
    SQLITE("db/migration/sqlite"),
    POSTGRESQL("db/migration/postgresql");

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    /** The Flyway location of this dialect's migrations. */
    public String migrations() {
        return "classpath:" + migrations;
    }
}
