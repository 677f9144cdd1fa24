package dev.helpdesk.core.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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

    @Test
    void bidirectionalOverridesAndZeroWidthCharactersAreRemoved() {
        // "invoice\u202Egpj.exe" shows as "invoiceexe.jpg" in a right-to-left override: the .exe must show
        assertRefused(() -> policy.checkFile("invoice\u202Egpj.exe", "image/jpeg"), "blocked_type");
        assertThat(AttachmentPolicy.safeFileName("re\u200Bport\u2066.pdf\u2069")).isEqualTo("report.pdf");
    }

    @Test
    void theNameIsNfcNormalised() {
        assertThat(AttachmentPolicy.safeFileName("cafe\u0301.txt")).isEqualTo("caf\u00E9.txt");
    }

    @Test
    void trailingDotsAndSpacesThatWindowsDropsCannotHideABlockedEnding() {
        assertRefused(() -> policy.checkFile("setup.exe. . ", "application/octet-stream"), "blocked_type");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''|attachment", "'   '|attachment", "dir/|attachment", "..|attachment",
            ".|attachment", "a/..|attachment", "\u202E.pdf|.pdf", "' .pdf'|.pdf", "'report .pdf'|report .pdf"})
    void aFileWithNoNameLeftIsCalledAttachment(String sent, String kept) {
        assertThat(policy.checkFile(sent, "text/plain")).isEqualTo(kept);
    }

    @Test
    void aMissingNameIsCalledAttachment() {
        assertThat(policy.checkFile(null, "text/plain")).isEqualTo(AttachmentPolicy.NAMELESS);
    }

    @Test
    void aNameLongerThanTheLimitIsShortenedKeepingItsEnding() {
        assertThat(policy.checkFile("n".repeat(196) + ".txt", "text/plain")).hasSize(AttachmentPolicy.FILE_NAME_LIMIT);
        assertThat(policy.checkFile("n".repeat(500) + ".txt", "text/plain")).isEqualTo("n".repeat(196) + ".txt");
        assertRefused(() -> policy.checkFile("n".repeat(500) + ".exe", "text/plain"), "blocked_type");
        assertThat(AttachmentPolicy.safeFileName("\uD83D\uDE00".repeat(150) + ".png"))
                .isEqualTo("\uD83D\uDE00".repeat(98) + ".png");
    }

    @Test
    void anyNameBecomesASafeOne() {
        Gen<String> unsafe = Generate.pick(List.of("\u0000", "\r", "\n", "\t", "\u007F", "\u0085", "\u202E", "\u202D",
                "\u2066", "\u200F", "\u200B", "\uFEFF", "\u2028", "\uD800", "\uDC00", "\u0301", "\u0308", "e", "A",
                "\u00E9", ".", "..", "/", "\\", " ", "exe", "pdf", "\uD83D\uDE00", "\u1100\u1161", "\uE000"));
        Gen<String> mixed = in -> {
            StringBuilder name = new StringBuilder();
            int count = Generate.range(0, 300).generate(in);
            for (int i = 0; i < count; i++) {
                name.append(unsafe.generate(in));
            }
            return name.toString();
        };
        qt().withExamples(1000).forAll(strings().allPossible().ofLengthBetween(0, 600).mix(mixed, 50))
                .checkAssert(sent -> {
                    String name = AttachmentPolicy.safeFileName(sent);
                    assertThat(name).as("from %s", escaped(sent)).isNotBlank()
                            .hasSizeLessThanOrEqualTo(AttachmentPolicy.FILE_NAME_LIMIT)
                            .doesNotContain("/", "\\").doesNotContainPattern("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}]")
                            .isEqualTo(Normalizer.normalize(name, Normalizer.Form.NFC))
                            .isEqualTo(AttachmentPolicy.safeFileName(name));
                });
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c)
                : String.format("\\u%04X", c)));
        return out.toString();
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
