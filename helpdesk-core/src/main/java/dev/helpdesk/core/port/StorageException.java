package dev.helpdesk.core.port;

/** Storage itself failed (disk, network, database): not the caller's fault; the web adapter answers 500. */
public final class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
