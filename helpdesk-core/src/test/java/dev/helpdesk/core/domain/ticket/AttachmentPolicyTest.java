package dev.helpdesk.core.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentPolicyTest {
    private final AttachmentPolicy policy = AttachmentPolicy.defaults();

    @ParameterizedTest
    @ValueSource(strings = {"setup.exe", "SETUP.EXE", "invoice.pdf.exe", "run.Ps1", "tool.jar", "script.js"})
    void aBlockedExtensionIsRefusedWhateverTheDeclaredType(String name) {
        assertRefused(() -> policy.checkFile(name, "application/pdf"), "blocked_type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-msdownload", "APPLICATION/X-MSDOWNLOAD", "application/x-sh; charset=utf-8",
            " application/java-archive "})
    void aBlockedContentTypeIsRefusedWhateverTheName(String type) {
        assertRefused(() -> policy.checkFile("harmless.txt", type), "blocked_type");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "C:\\Users\\martha\\Desktop\\report.pdf|report.pdf",
            "../../etc/passwd|passwd",
            "/var/tmp/screenshot.png|screenshot.png",
            "'  spaced name.txt  '|spaced name.txt",
            "folder\\sub/mixed.docx|mixed.docx"})
    void thePathIsStrippedFromTheFileName(String sent, String kept) {
        assertThat(policy.checkFile(sent, "application/octet-stream")).isEqualTo(kept);
    }

    @Test
    void controlCharactersAreRemovedFromTheName() {
        assertThat(policy.checkFile("inv\u0000oice\r\n.pdf", "application/pdf")).isEqualTo("invoice.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "dir/", "..", ".", "a/.."})
    void aFileNeedsAName(String name) {
        assertRefused(() -> policy.checkFile(name, "text/plain"), "file_name");
    }

    @Test
    void aMissingNameIsRefused() {
        assertRefused(() -> policy.checkFile(null, "text/plain"), "file_name");
    }

    @Test
    void aNameLongerThanTheLimitIsRefused() {
        assertThat(policy.checkFile("n".repeat(196) + ".txt", "text/plain")).hasSize(AttachmentPolicy.FILE_NAME_LIMIT);
        assertRefused(() -> policy.checkFile("n".repeat(197) + ".txt", "text/plain"), "file_name");
    }

    @Test
    void moreFilesThanTheLimitAreRefused() {
        assertThatCode(() -> policy.checkCount(policy.maxFilesPerMessage())).doesNotThrowAnyException();
        assertRefused(() -> policy.checkCount(policy.maxFilesPerMessage() + 1), "too_many");
    }

    @Test
    void aFileTooLargeIsNamedWithTheLimitInReadableUnits() {
        assertThat(policy.tooLarge("video.mp4").getMessage()).contains("video.mp4").contains("20 MB");
        assertThat(policy.withMaxFileBytes(1536).tooLarge("a.bin").getMessage()).contains("1536 bytes");
        assertThat(policy.withMaxFileBytes(2048).tooLarge("a.bin").fieldErrors())
                .extracting(FieldError::field, FieldError::rule).containsExactly(tuple("attachments", "too_large"));
    }

    private static void assertRefused(Runnable check, String rule) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                .extracting(FieldError::field, FieldError::rule).containsExactly(tuple("attachments", rule)));
    }
}
