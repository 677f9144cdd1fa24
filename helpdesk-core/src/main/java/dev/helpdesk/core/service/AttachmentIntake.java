package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.ticket.Attachment;
import dev.helpdesk.core.domain.ticket.AttachmentId;
import dev.helpdesk.core.domain.ticket.AttachmentPolicy;
import dev.helpdesk.core.port.AttachmentStore;
import dev.helpdesk.core.port.IdGenerator;
import dev.helpdesk.core.port.StoredContent;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks files against the attachment policy, then streams them into the store. Runs before the unit of work:
 * bytes are content-addressed, so a later failure leaves at most an unreferenced copy, never a half ticket.
 */
final class AttachmentIntake {
    private final AttachmentStore store;
    private final IdGenerator ids;

    AttachmentIntake(AttachmentStore store, IdGenerator ids) {
        this.store = store;
        this.ids = ids;
    }

    /** Checks names, types and count without reading any bytes. */
    List<String> check(AttachmentPolicy policy, List<NewAttachment> files) {
        policy.checkCount(files.size());
        List<String> names = new ArrayList<>();
        for (NewAttachment file : files) {
            names.add(policy.checkFile(file.fileName(), file.declaredType()));
        }
        return names;
    }

    List<Attachment> store(AttachmentPolicy policy, List<NewAttachment> files, List<String> names) {
        List<Attachment> stored = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            NewAttachment file = files.get(i);
            String name = names.get(i);
            StoredContent content;
            try (InputStream in = new LimitedInputStream(file.content().get(), policy.maxFileBytes(),
                    () -> policy.tooLarge(name))) {
                content = store.put(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("could not read the attached file " + name, e);
            }
            stored.add(new Attachment(AttachmentId.of(ids.newId()), name, content.size(), typeOf(file), content.sha256()));
        }
        return stored;
    }

    private static String typeOf(NewAttachment file) {
        String declared = file.declaredType() == null ? "" : file.declaredType().split(";", 2)[0].strip();
        return declared.matches("[A-Za-z0-9.+-]+/[A-Za-z0-9.+-]+") ? declared.toLowerCase(Locale.ROOT)
                : "application/octet-stream";
    }
}
