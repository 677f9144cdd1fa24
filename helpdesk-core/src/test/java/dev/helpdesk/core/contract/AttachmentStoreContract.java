package dev.helpdesk.core.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.helpdesk.core.port.AttachmentStore;
import dev.helpdesk.core.port.StoredContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link AttachmentStore}: bytes by their SHA-256, streamed in and out; the same bytes twice are one copy; a stream
 * that fails leaves nothing behind.
 */
public abstract class AttachmentStoreContract extends PortContract {

    private AttachmentStore attachments() {
        return storage().attachments();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private byte[] read(String sha256) throws IOException {
        Optional<InputStream> opened = attachments().open(sha256);
        assertThat(opened).as(adapter("opens the content stored under " + sha256)).isPresent();
        try (InputStream in = opened.get()) {
            return in.readAllBytes();
        }
    }

    @Test
    public void putThenOpenGivesTheSameBytes() throws IOException {
        byte[] bytes = "Printer log, floor 2 — ünïcödé\n\u0000\u00ff".getBytes(UTF_8);
        StoredContent stored = attachments().put(new ByteArrayInputStream(bytes));
        assertThat(stored.sha256()).as(adapter("names the content by the SHA-256 of its bytes"))
                .isEqualTo(sha256(bytes));
        assertThat(stored.size()).as(adapter("tells the size in bytes")).isEqualTo(bytes.length);
        assertThat(read(stored.sha256())).as(adapter("gives back the very bytes")).isEqualTo(bytes);
    }

    @Test
    public void binaryContentComesBackUnchanged() throws IOException {
        byte[] bytes = randomBytes(100_000, 7);
        StoredContent stored = attachments().put(new ByteArrayInputStream(bytes));
        assertThat(stored).isEqualTo(new StoredContent(sha256(bytes), bytes.length));
        assertThat(read(stored.sha256())).as(adapter("gives back binary bytes unchanged")).isEqualTo(bytes);
    }

    @Test
    public void emptyContentIsStoredToo() throws IOException {
        StoredContent stored = attachments().put(new ByteArrayInputStream(new byte[0]));
        assertThat(stored).as(adapter("stores empty content under the SHA-256 of nothing"))
                .isEqualTo(new StoredContent(sha256(new byte[0]), 0));
        assertThat(read(stored.sha256())).as(adapter("gives back empty content")).isEmpty();
    }

    @Test
    public void theSameBytesTwiceHaveTheSameSha256() throws IOException {
        byte[] bytes = "same bytes".getBytes(UTF_8);
        StoredContent first = attachments().put(new ByteArrayInputStream(bytes));
        StoredContent second = attachments().put(new ByteArrayInputStream(bytes.clone()));
        assertThat(second).as(adapter("answers the same sha256 and size for the same bytes")).isEqualTo(first);
        assertThat(read(first.sha256())).as(adapter("still gives back the bytes")).isEqualTo(bytes);
    }

    @Test
    public void containsTellsWhatIsStored() {
        byte[] bytes = "kept".getBytes(UTF_8);
        String other = sha256("not kept".getBytes(UTF_8));
        assertThat(attachments().contains(sha256(bytes))).as(adapter("contains nothing before a put")).isFalse();
        StoredContent stored = attachments().put(new ByteArrayInputStream(bytes));
        assertThat(attachments().contains(stored.sha256())).as(adapter("contains what was put")).isTrue();
        assertThat(attachments().contains(other)).as(adapter("does not contain other content")).isFalse();
    }

    @Test
    public void openOfUnknownContentIsEmpty() {
        attachments().put(new ByteArrayInputStream("something".getBytes(UTF_8)));
        assertThat(attachments().open(sha256("something else".getBytes(UTF_8))))
                .as(adapter("opens nothing under an unknown sha256")).isEmpty();
    }

    @Test
    public void aStreamFailingWithAnIOExceptionMidwayPropagatesAndStoresNothing() {
        byte[] full = randomBytes(64 * 1024, 11);
        int failAt = 40 * 1024;
        IOException failure = new IOException("disk on fire (thrown by the contract suite)");
        Throwable thrown = catchThrowable(() -> attachments().put(new FailingStream(full, failAt, failure)));
        assertThat(causes(thrown)).as(adapter("lets the stream's IOException propagate (as itself or as the cause)"))
                .contains(failure);
        assertNothingKeptOf(full, failAt);
    }

    @Test
    public void aStreamFailingWithARuntimeExceptionMidwayPropagatesUnchangedAndStoresNothing() {
        byte[] full = randomBytes(64 * 1024, 13);
        int failAt = 10_000;
        RuntimeException failure = new IllegalStateException("file too large (thrown by the contract suite)");
        Throwable thrown = catchThrowable(() -> attachments().put(new FailingStream(full, failAt, failure)));
        assertThat(thrown).as(adapter("lets the stream's RuntimeException propagate unchanged")).isSameAs(failure);
        assertNothingKeptOf(full, failAt);
    }

    private void assertNothingKeptOf(byte[] full, int failAt) {
        byte[] partial = Arrays.copyOf(full, failAt);
        assertThat(attachments().contains(sha256(partial))).as(adapter("keeps none of the bytes read before the failure"))
                .isFalse();
        assertThat(attachments().contains(sha256(full))).as(adapter("keeps nothing under the whole content's sha256"))
                .isFalse();
        assertThat(attachments().open(sha256(partial))).as(adapter("opens nothing of the failed stream")).isEmpty();
    }

    @Test
    public void aFailedPutDoesNotHarmEarlierContent() throws IOException {
        byte[] bytes = randomBytes(5_000, 17);
        StoredContent stored = attachments().put(new ByteArrayInputStream(bytes));
        catchThrowable(() -> attachments().put(new FailingStream(bytes, 2_500, new IllegalStateException("boom"))));
        assertThat(read(stored.sha256())).as(adapter("keeps the same content stored before")).isEqualTo(bytes);
    }

    @Test
    public void fiveMegabytesStreamInAndOut() throws IOException {
        int size = 5 * 1024 * 1024;
        byte[] bytes = randomBytes(size, 23);
        StoredContent stored = attachments().put(new ChunkedStream(bytes, 8 * 1024));
        assertThat(stored).as(adapter("stores 5 MB")).isEqualTo(new StoredContent(sha256(bytes), size));
        assertThat(read(stored.sha256())).as(adapter("gives back 5 MB unchanged")).isEqualTo(bytes);
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** Gives at most {@code chunk} bytes per read, as a network stream does. */
    private static final class ChunkedStream extends InputStream {
        private final byte[] bytes;
        private final int chunk;
        private int position;

        ChunkedStream(byte[] bytes, int chunk) {
            this.bytes = bytes;
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(length, chunk), bytes.length - position);
            System.arraycopy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }
    }

    /** Gives {@code failAt} bytes of the content, then throws. */
    private static final class FailingStream extends InputStream {
        private final byte[] bytes;
        private final int failAt;
        private final Exception failure;
        private int position;

        FailingStream(byte[] bytes, int failAt, Exception failure) {
            this.bytes = bytes;
            this.failAt = failAt;
            this.failure = failure;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position >= failAt) {
                if (failure instanceof IOException) {
                    throw (IOException) failure;
                }
                throw (RuntimeException) failure;
            }
            if (length == 0) {
                return 0;
            }
            int n = Math.min(Math.min(length, 1024), failAt - position);
            System.arraycopy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
