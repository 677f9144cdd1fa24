package dev.helpdesk.core.port;

import java.time.Instant;

/** The time, so that tests and replays can choose it. */
public interface Clock {
    Instant now();

    static Clock system() {
        return Instant::now;
    }
}
