package dev.helpdesk.core.service;

import java.io.InputStream;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A file someone attaches: its name, the type their client declared, and its bytes as a stream opened on demand
 * (read once, after every other check has passed).
 */
public record NewAttachment(String fileName, String declaredType, Supplier<InputStream> content) {
    public NewAttachment {
        Objects.requireNonNull(content, "content");
    }

    public static NewAttachment of(String fileName, String declaredType, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new NewAttachment(fileName, declaredType, () -> new java.io.ByteArrayInputStream(copy));
    }
}
