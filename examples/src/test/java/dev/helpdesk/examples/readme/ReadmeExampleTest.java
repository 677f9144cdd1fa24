package dev.helpdesk.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's Java example is this module's ReadmeExample, word for word, and it runs. */
class ReadmeExampleTest {
    private static final Path SOURCE = Path.of("src/main/java/dev/helpdesk/examples/readme/ReadmeExample.java");
    private static final Path README = Path.of("../README.md");

    @Test
    void theReadmeShowsExactlyTheCompiledExample() throws Exception {
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        String between = source.substring(source.indexOf("// README:begin") + "// README:begin".length(),
                source.indexOf("        // README:end"));
        String example = dedent(between.strip().isEmpty() ? "" : between.substring(between.indexOf('\n') + 1));

        assertThat(example).contains("helpdesk.tickets().open(");
        assertThat(Files.readString(README, StandardCharsets.UTF_8)).contains(example);
    }

    @Test
    void theReadmeExampleOpensATicketAndListsIt() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ReadmeExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(lines).containsExactly(
                "Opened HD-1, routed to billing",
                "HD-1 | Invoice 2026-031 charged twice | Billing Issues | Opened");
    }

    /** Removes the method body's 8-space indent, as the README shows the code. */
    private static String dedent(String block) {
        return Arrays.stream(block.split("\n", -1))
                .map(line -> line.startsWith("        ") ? line.substring(8) : line.strip())
                .collect(Collectors.joining("\n"));
    }
}
