package dev.helpdesk.core.domain.ticket;

import dev.helpdesk.core.error.InvalidInputException;
import java.util.Locale;
import java.util.Set;

/**
 * Limits on files people attach. A violation is a clear error naming the file and the limit.
 *
 * @param blockedExtensions file endings refused whatever the declared type (lower case, no dot)
 * @param blockedTypes      content types refused (lower case, no parameters)
 */
public record AttachmentPolicy(long maxFileBytes, int maxFilesPerMessage, Set<String> blockedExtensions,
                               Set<String> blockedTypes) {
    public static final int FILE_NAME_LIMIT = 200;

    public AttachmentPolicy {
        if (maxFileBytes < 1 || maxFilesPerMessage < 0) {
            throw new IllegalArgumentException("attachment limits must be positive");
        }
        blockedExtensions = Set.copyOf(blockedExtensions);
        blockedTypes = Set.copyOf(blockedTypes);
    }

    /** 20 MB a file, 10 files a message, executables and scripts refused. */
    public static AttachmentPolicy defaults() {
        return new AttachmentPolicy(20L * 1024 * 1024, 10,
                Set.of("exe", "com", "bat", "cmd", "msi", "scr", "pif", "vbs", "vbe", "js", "jse", "wsf", "ps1", "jar", "hta", "cpl"),
                Set.of("application/x-msdownload", "application/x-msdos-program", "application/x-dosexec",
                        "application/vnd.microsoft.portable-executable", "application/java-archive", "application/x-sh"));
    }

    public AttachmentPolicy withMaxFileBytes(long bytes) {
        return new AttachmentPolicy(bytes, maxFilesPerMessage, blockedExtensions, blockedTypes);
    }

    public void checkCount(int files) {
        if (files > maxFilesPerMessage) {
            throw InvalidInputException.of("attachments", "too_many",
                    files + " files attached; the limit is " + maxFilesPerMessage + " per message");
        }
    }

    /**
     * A file name safe to keep and show: the last path segment, without control characters, at most
     * {@value #FILE_NAME_LIMIT} characters; and a type and ending that are not blocked.
     */
    public String checkFile(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw InvalidInputException.of("attachments", "file_name", "an attached file needs a name");
        }
        if (name.length() > FILE_NAME_LIMIT) {
            throw InvalidInputException.of("attachments", "file_name",
                    "the file name '" + name.substring(0, 40) + "…' is longer than " + FILE_NAME_LIMIT + " characters");
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (blockedExtensions.contains(extension) || blockedTypes.contains(type)) {
            throw InvalidInputException.of("attachments", "blocked_type",
                    "'" + name + "' is of a type that cannot be attached (programs and scripts are refused)");
        }
        return name;
    }

    public InvalidInputException tooLarge(String fileName) {
        return InvalidInputException.of("attachments", "too_large",
                "'" + fileName + "' is larger than the limit of " + humanSize(maxFileBytes));
    }

    static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
