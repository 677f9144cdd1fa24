package dev.helpdesk.core.domain.ticket;

import dev.helpdesk.core.error.InvalidInputException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Limits on files people attach. A violation is a clear error naming the file and the limit.
 *
 * @param blockedExtensions file endings refused whatever the declared type (lower case, no dot)
 * @param blockedTypes      content types refused (lower case, no parameters)
 */
public record AttachmentPolicy(long maxFileBytes, int maxFilesPerMessage, Set<String> blockedExtensions,
                               Set<String> blockedTypes) {
    public static final int FILE_NAME_LIMIT = 200;
    /** The name of a file sent without one (or with nothing but unsafe characters). */
    public static final String NAMELESS = "attachment";
    /** The longest ending kept when a long name is shortened: past it, the "ending" is just part of the name. */
    private static final int EXTENSION_LIMIT = 16;
    /** Control, format (bidi, zero-width), surrogate, private-use and unassigned characters, and line separators. */
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}]");
    private static final Pattern TRAILING = Pattern.compile("[.\\s]+$");

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
     * Checks a file's type and ending, and returns its name made safe to keep and show ({@link #safeFileName}).
     */
    public String checkFile(String fileName, String contentType) {
        String name = safeFileName(fileName);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (blockedExtensions.contains(extension) || blockedTypes.contains(type)) {
            throw InvalidInputException.of("attachments", "blocked_type",
                    "'" + name + "' is of a type that cannot be attached (programs and scripts are refused)");
        }
        return name;
    }

    /**
     * A file name safe to keep and show, from whatever a browser or a mail client sent: the last path segment,
     * NFC-normalised, without control, format (bidirectional overrides, zero-width) or unpaired surrogate
     * characters, without the dots and spaces Windows drops at the end (so {@code setup.exe.} is {@code setup.exe}),
     * at most {@value #FILE_NAME_LIMIT} characters with its ending kept; a name with nothing left is
     * {@value #NAMELESS} (with its ending, if it had one).
     */
    public static String safeFileName(String fileName) {
        String name = fileName == null ? "" : Normalizer.normalize(fileName, Normalizer.Form.NFC);
        name = name.replace('\\', '/');
        name = UNSAFE.matcher(name.substring(name.lastIndexOf('/') + 1)).replaceAll("");
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        name = TRAILING.matcher(name.strip()).replaceAll("");
        String base = name;
        String extension = "";
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.length() - dot <= EXTENSION_LIMIT + 1) {
            base = name.substring(0, dot);
            extension = name.substring(dot);
        }
        if (base.isBlank()) {
            base = NAMELESS;
        }
        int room = FILE_NAME_LIMIT - extension.length();
        while (base.length() > room) {
            int end = Math.min(room, base.length() - 1);
            if (Character.isHighSurrogate(base.charAt(end - 1))) {
                end--;
            }
            // NFC again: the cut may have parted a letter from its accent
            base = Normalizer.normalize(base.substring(0, end), Normalizer.Form.NFC).strip();
        }
        return base.isEmpty() ? NAMELESS + extension : base + extension;
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
