package dev.helpdesk.web.internal;

import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.service.NewAttachment;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Reads uploaded files: the count and size limits are the portal's own (checked after parsing, so a form with
 * one file too many is shown again with what was typed), and the type stored is the one Tika sniffs from the
 * bytes, never the one the browser declared.
 */
final class Uploads {
    /** Where Jetty reads the multipart limits of a request; set per request so the host's own limits stay. */
    private static final String MULTIPART_ATTRIBUTE = "org.eclipse.jetty.multipartConfig";
    private static final Tika TIKA = new Tika();

    private final long maxFileBytes;
    private final int maxFiles;
    private final MultipartConfigElement multipart;

    Uploads(long maxFileBytes, int maxFiles, long maxRequestBytes) {
        this.maxFileBytes = maxFileBytes;
        this.maxFiles = maxFiles;
        // Jetty refuses only what is beyond the whole request's limit; single files are checked in read().
        this.multipart = new MultipartConfigElement(System.getProperty("java.io.tmpdir"), maxRequestBytes,
                maxRequestBytes, 64 * 1024);
    }

    void prepare(Context ctx) {
        String type = ctx.contentType();
        if (type != null && type.toLowerCase().startsWith("multipart/")) {
            ctx.req().setAttribute(MULTIPART_ATTRIBUTE, multipart);
        }
    }

    List<NewAttachment> read(Context ctx, String field) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase().startsWith("multipart/")) {
            return List.of();
        }
        List<UploadedFile> files = new ArrayList<>();
        for (UploadedFile file : ctx.uploadedFiles(field)) {
            if (file.size() > 0 || !file.filename().isBlank()) {
                files.add(file);
            }
        }
        if (files.size() > maxFiles) {
            throw new InvalidInputException(List.of(new FieldError(field, "too_many_files",
                    "at most " + maxFiles + " files")));
        }
        List<NewAttachment> attachments = new ArrayList<>();
        for (UploadedFile file : files) {
            if (file.size() > maxFileBytes) {
                throw new InvalidInputException(List.of(new FieldError(field, "file_too_large",
                        file.filename() + " is larger than " + maxFileBytes + " bytes")));
            }
            attachments.add(new NewAttachment(file.filename(), sniff(file), file::content));
        }
        return attachments;
    }

    private static String sniff(UploadedFile file) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.filename());
        try (InputStream in = file.content()) {
            return TIKA.detect(in, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> limits() {
        return Map.of("maxFileBytes", maxFileBytes, "maxFiles", maxFiles);
    }
}
