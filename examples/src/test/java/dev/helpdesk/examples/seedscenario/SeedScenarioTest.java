package dev.helpdesk.examples.seedscenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The program the README runs tells the seeds' story, refusals included. */
class SeedScenarioTest {

    @Test
    void theScenarioPlaysEveryStepWithTheExpectedOutcomes() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        new SeedScenario(new PrintStream(captured, true, StandardCharsets.UTF_8)).play();
        String out = captured.toString(StandardCharsets.UTF_8);

        assertThat(out)
                .contains("refused, AccessDeniedException [ticket.category_not_allowed]")
                .contains("status Replied, assigned to Billing")
                .contains("refused, AccessDeniedException [field.not_editable]: Priority is view-only")
                .contains("refused, ConflictException [ticket.already_resolved]")
                .contains("refused, NotFoundException [ticket.not_found]")
                .contains("ticket.resolved");
        String step4 = out.substring(out.indexOf("4. What Anna sees"), out.indexOf("5. Anna tries"));
        String annasView = step4.substring(step4.indexOf('\n'));
        assertThat(annasView).doesNotContain("internal note", "Gateway").contains("Bill Ling: Sorry!", "2 message(s)");
    }
}
