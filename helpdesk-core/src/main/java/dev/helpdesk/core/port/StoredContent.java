package dev.helpdesk.core.port;

import java.util.regex.Pattern;

/** Where stored bytes can be found again: their sha256 (lower-case hex) and their length. */
public record StoredContent(String sha256, long size) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public StoredContent {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a sha256: " + sha256);
        }
        if (size < 0) {
            throw new IllegalArgumentException("size " + size);
        }
    }
}
