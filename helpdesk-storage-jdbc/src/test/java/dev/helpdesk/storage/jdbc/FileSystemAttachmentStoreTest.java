package dev.helpdesk.storage.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.helpdesk.core.contract.AttachmentStoreContract;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.port.AgentRepository;
import dev.helpdesk.core.port.AttachmentStore;
import dev.helpdesk.core.port.ContactRepository;
import dev.helpdesk.core.port.OrganizationRepository;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.Storage;
import dev.helpdesk.core.port.StorageException;
import dev.helpdesk.core.port.StoredContent;
import dev.helpdesk.core.port.TeamRepository;
import dev.helpdesk.core.port.TicketRepository;
import dev.helpdesk.core.port.TicketSearch;
import dev.helpdesk.core.port.Transactor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attachment contract over files, plus what only a file system shows: paths, temporary files, races. */
class FileSystemAttachmentStoreTest extends AttachmentStoreContract {

    @TempDir
    Path tempDir;

    private int stores;

    @Override
    protected Storage newStorage() {
        return new FileSystemStorage(new FileSystemAttachmentStore(tempDir.resolve("attachments-" + ++stores)));
    }

    @Override
    protected void release(Storage storage) {
        deleteRecursively(((FileSystemStorage) storage).attachments.root());
    }

    private FileSystemAttachmentStore store() {
        return ((FileSystemStorage) storage()).attachments;
    }

    @Test
    void filesLandAtTheFanOutPath() throws IOException {
        byte[] bytes = "fan me out".getBytes(UTF_8);

        StoredContent stored = store().put(new ByteArrayInputStream(bytes));

        String sha = stored.sha256();
        Path expected = store().root().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        assertThat(expected).isRegularFile().hasBinaryContent(bytes);
        assertThat(regularFilesUnder(store().root())).containsExactly(expected);
    }

    @Test
    void noTempFileRemainsAfterAFailedPut() {
        byte[] bytes = randomBytes(200_000, 3);
        UncheckedIOException tooLarge = new UncheckedIOException(new IOException("too large"));
        IOException broken = new IOException("connection reset");

        Throwable runtime = catchThrowable(() -> store().put(new FailingStream(bytes, 150_000, tooLarge)));
        Throwable io = catchThrowable(() -> store().put(new FailingStream(bytes, 70_000, broken)));

        assertThat(runtime).isSameAs(tooLarge);
        assertThat(io).isInstanceOf(UncheckedIOException.class).hasCause(broken);
        assertThat(regularFilesUnder(store().root())).isEmpty();
    }

    @Test
    void noTempFileRemainsAfterASuccessfulPutOrARepeatedOne() {
        byte[] bytes = "twice".getBytes(UTF_8);

        store().put(new ByteArrayInputStream(bytes));
        store().put(new ByteArrayInputStream(bytes));

        assertThat(regularFilesUnder(store().root().resolve("tmp"))).isEmpty();
        assertThat(regularFilesUnder(store().root())).hasSize(1);
    }

    @Test
    void aPathTraversalShaGivesEmpty() throws IOException {
        Path outside = Files.writeString(tempDir.resolve("secret.txt"), "not an attachment");
        StoredContent stored = store().put(new ByteArrayInputStream("inside".getBytes(UTF_8)));
        String relativeToTheFile = store().root().relativize(outside).toString();

        for (String sha : List.of("../../etc/passwd", relativeToTheFile, outside.toString(), "tmp", "",
                stored.sha256().toUpperCase(), stored.sha256() + "/", "../" + stored.sha256().substring(3))) {
            assertThat(store().open(sha)).as("open(%s)", sha).isEmpty();
            assertThat(store().contains(sha)).as("contains(%s)", sha).isFalse();
        }
        assertThat(store().contains(stored.sha256())).isTrue();
    }

    @Test
    void concurrentPutsOfTheSameBytesAllSucceedAndLeaveOneFile() throws Exception {
        byte[] bytes = randomBytes(1024 * 1024, 5);
        String sha = sha256Hex(bytes);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<StoredContent>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<StoredContent> put = () -> {
                    start.await();
                    return store().put(new ByteArrayInputStream(bytes));
                };
                results.add(pool.submit(put));
            }
            start.countDown();
            for (Future<StoredContent> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(new StoredContent(sha, bytes.length));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(regularFilesUnder(store().root())).hasSize(1);
        try (InputStream in = store().open(sha).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void leftoverTempFilesOlderThanAnHourAreDeletedAtStartUp() throws IOException {
        Path root = tempDir.resolve("restarted");
        Path tmp = Files.createDirectories(root.resolve("tmp"));
        Path stale = Files.write(tmp.resolve("put-crashed.tmp"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path recent = Files.write(tmp.resolve("put-in-progress.tmp"), new byte[] {4, 5, 6});

        new FileSystemAttachmentStore(root);

        assertThat(stale).doesNotExist();
        assertThat(recent).exists();
    }

    @Test
    void theRootIsCreatedIfMissing() {
        Path root = tempDir.resolve("not").resolve("there").resolve("yet");

        FileSystemAttachmentStore created = new FileSystemAttachmentStore(root);

        assertThat(root).isDirectory();
        assertThat(created.contains(sha256Hex(new byte[0]))).isFalse();
    }

    @Test
    void aRootThatCannotBeCreatedIsAStorageException() throws IOException {
        Path file = Files.writeString(tempDir.resolve("a-file"), "in the way");

        assertThatThrownBy(() -> new FileSystemAttachmentStore(file.resolve("attachments")))
                .isInstanceOf(StorageException.class).hasMessageContaining(file.toString());
    }

    @Test
    void aFileSystemFailureIsAStorageExceptionAndLeavesNoTempFile() throws IOException {
        byte[] bytes = "blocked".getBytes(UTF_8);
        String sha = sha256Hex(bytes);
        Path inTheWay = Files.writeString(store().root().resolve(sha.substring(0, 2)), "a file, not a directory");

        assertThatThrownBy(() -> store().put(new ByteArrayInputStream(bytes)))
                .isInstanceOf(StorageException.class).hasMessageContaining(sha);

        assertThat(regularFilesUnder(store().root())).containsExactly(inTheWay);
        assertThat(store().contains(sha)).isFalse();
    }

    @Test
    void putClosesTheContentStream() {
        class Closing extends ByteArrayInputStream {
            boolean closed;

            Closing(byte[] bytes) {
                super(bytes);
            }

            @Override
            public void close() {
                closed = true;
            }
        }
        Closing content = new Closing("close me".getBytes(UTF_8));

        store().put(content);

        assertThat(content.closed).isTrue();
    }

    private static List<Path> regularFilesUnder(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Gives {@code failAt} bytes, then throws {@code failure}. */
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
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position >= failAt) {
                if (failure instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) failure;
            }
            int n = Math.min(length, failAt - position);
            System.arraycopy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }
    }

    /** The in-memory storage, except for attachments, which live in files. */
    private static final class FileSystemStorage implements Storage {
        private final InMemoryStorage delegate = new InMemoryStorage();
        private final FileSystemAttachmentStore attachments;

        FileSystemStorage(FileSystemAttachmentStore attachments) {
            this.attachments = attachments;
        }

        @Override
        public Transactor transactor() {
            return delegate.transactor();
        }

        @Override
        public TicketRepository tickets() {
            return delegate.tickets();
        }

        @Override
        public TicketSearch ticketSearch() {
            return delegate.ticketSearch();
        }

        @Override
        public OrganizationRepository organizations() {
            return delegate.organizations();
        }

        @Override
        public ContactRepository contacts() {
            return delegate.contacts();
        }

        @Override
        public AgentRepository agents() {
            return delegate.agents();
        }

        @Override
        public TeamRepository teams() {
            return delegate.teams();
        }

        @Override
        public Outbox outbox() {
            return delegate.outbox();
        }

        @Override
        public AttachmentStore attachments() {
            return attachments;
        }

        @Override
        public dev.helpdesk.core.port.KnowledgeBaseRepository knowledgeBase() {
            return delegate.knowledgeBase();
        }

        @Override
        public dev.helpdesk.core.port.SlaRepository slas() {
            return delegate.slas();
        }

        @Override
        public dev.helpdesk.core.port.AccountRepository accounts() {
            return delegate.accounts();
        }

        @Override
        public dev.helpdesk.core.port.OneTimeCodeRepository oneTimeCodes() {
            return delegate.oneTimeCodes();
        }

        @Override
        public dev.helpdesk.core.port.PortalSettingsRepository portalSettings() {
            return delegate.portalSettings();
        }

        @Override
        public dev.helpdesk.core.port.RatingRepository ratings() {
            return delegate.ratings();
        }

        @Override
        public dev.helpdesk.core.port.SecretShareRepository secretShares() {
            return delegate.secretShares();
        }

        @Override
        public dev.helpdesk.core.port.SessionRepository sessions() {
            return delegate.sessions();
        }
    }
}
