package dev.helpdesk.web.internal;

import gg.jte.TemplateOutput;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page rendered into one UTF-8 byte array sized from the template's last page, so it is written without copies:
 * JTE's {@code Utf8ByteOutput} keeps a list of chunks that grows by copying and copies them all into a new array
 * at the end (issue 11's profile). Text that is ASCII, nearly all of a page, is encoded in place.
 */
final class PageOutput implements TemplateOutput {
    private byte[] bytes;
    private int length;

    PageOutput(int expectedBytes) {
        this.bytes = new byte[Math.max(1024, expectedBytes)];
    }

    @Override
    public void writeContent(String value) {
        writeContent(value, 0, value.length());
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        ensure(endIndex - beginIndex);
        for (int i = beginIndex; i < endIndex; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                // the rest as UTF-8 by the JDK (letters with accents, symbols, surrogate pairs)
                writeBinaryContent(value.substring(i, endIndex).getBytes(StandardCharsets.UTF_8));
                return;
            }
            bytes[length++] = (byte) c;
        }
    }

    @Override
    public void writeBinaryContent(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, bytes, length, value.length);
        length += value.length;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    int length() {
        return length;
    }

    /**
     * Writes the page to the response in one write. Handing Javalin a result stream instead costs a copy through
     * a new 8 KB buffer per response (Kotlin's {@code copyTo}), the largest allocation left in a page.
     */
    void writeTo(Context ctx) {
        try {
            ctx.outputStream().write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send the page", e);
        }
    }
}
