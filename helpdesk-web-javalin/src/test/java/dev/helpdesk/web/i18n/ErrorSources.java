package dev.helpdesk.web.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads Java sources for the error codes and field rules they can produce, as message keys ({@code error.<code>},
 * {@code field.<rule>}), so that a new code without a text fails a test instead of showing English to everyone.
 */
final class ErrorSources {
    private static final String ARG = "\\s*\"([a-z_.]+)\"";
    /** {@code new ConflictException("ticket.closed", ...)} and the like: the first argument is the code. */
    private static final Pattern CODE = Pattern.compile(
            "new (?:InvalidInput|Conflict|NotFound|AccessDenied|AuthenticationFailed)Exception\\(" + ARG + "\\s*,");
    /** {@code new PortalError(403, "csrf")}: the web layer's own codes. */
    private static final Pattern WEB_CODE = Pattern.compile("new PortalError\\(\\s*\\d+\\s*," + ARG);
    /** {@code InvalidInputException.of(field, "required", ...)}, {@code new FieldError(f, "hidden", ...)}, and
     * FieldDefinition's {@code error("not_a_date", ...)}: the second (or only quoted first) argument is the rule. */
    private static final Pattern RULE = Pattern.compile(
            "(?:InvalidInputException\\.of|new FieldError)\\(\\s*[^,()]+(?:\\([^()]*\\))?\\s*," + ARG);
    private static final Pattern DEFINITION_RULE = Pattern.compile("\\berror\\(" + ARG + "\\s*,");
    /** {@code new NotFoundException("kb." + what + ".not_found", ...)} with {@code notFound("article")} calls. */
    private static final Pattern BUILT_CODE = Pattern.compile(
            "new NotFoundException\\(\\s*(?:\"([a-z_.]*)\"\\s*\\+\\s*)?what\\s*\\+\\s*\"([a-z_.]+)\"");
    private static final Pattern WHAT = Pattern.compile("\\bnotFound\\(\\s*\"([a-z_]+)\"\\s*\\)");
    /** Codes the error classes set themselves. */
    private static final Set<String> BUILT_IN = Set.of("error.input.invalid", "error.rate_limited");

    private ErrorSources() {
    }

    static Set<String> keysIn(Path sources) throws IOException {
        Set<String> keys = new TreeSet<>(BUILT_IN);
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file).replaceAll("\\s+", " ");
                collect(CODE, text, "error.", keys);
                collect(WEB_CODE, text, "error.", keys);
                collect(RULE, text, "field.", keys);
                if (file.getFileName().toString().equals("FieldDefinition.java")) {
                    collect(DEFINITION_RULE, text, "field.", keys);
                }
                Matcher built = BUILT_CODE.matcher(text);
                while (built.find()) {
                    String prefix = built.group(1) == null ? "" : built.group(1);
                    Matcher what = WHAT.matcher(text);
                    while (what.find()) {
                        keys.add("error." + prefix + what.group(1) + built.group(2));
                    }
                }
            }
        }
        return keys;
    }

    private static void collect(Pattern pattern, String text, String prefix, Set<String> keys) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            keys.add(prefix + m.group(1));
        }
    }
}
