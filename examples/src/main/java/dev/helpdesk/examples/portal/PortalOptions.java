package dev.helpdesk.examples.portal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the standalone portal keeps its data and where it listens.
 *
 * @param database the SQLite file; created with the demo data when it holds none yet
 * @param host     the interface to listen on: loopback by default, since every demo account has a known password
 * @param port     the port; 0 picks a free one (tests)
 */
public record PortalOptions(Path database, String host, int port) {
    public static final String USAGE = "StandalonePortal [--db helpdesk-demo.db] [--port 8080] [--host 127.0.0.1]";

    public PortalOptions {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535 but was " + port);
        }
    }

    public static PortalOptions defaults() {
        return new PortalOptions(Path.of("helpdesk-demo.db"), "127.0.0.1", 8080);
    }

    public static PortalOptions parse(String... args) {
        PortalOptions options = defaults();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value; usage: " + USAGE);
            }
            String value = args[++i];
            options = switch (name) {
                case "--db" -> options.withDatabase(Path.of(value));
                case "--host" -> new PortalOptions(options.database, value, options.port);
                case "--port" -> options.withPort(number(value));
                default -> throw new IllegalArgumentException("unknown option " + name + "; usage: " + USAGE);
            };
        }
        return options;
    }

    public PortalOptions withDatabase(Path next) {
        return new PortalOptions(next, host, port);
    }

    public PortalOptions withPort(int next) {
        return new PortalOptions(database, host, next);
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number but was '" + value + "'");
        }
    }
}
