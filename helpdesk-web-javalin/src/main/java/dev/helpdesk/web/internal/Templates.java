package dev.helpdesk.web.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.util.Map;

/**
 * The page templates, compiled to Java at build time by jte-maven-plugin (so no compiler runs in production).
 * Output is HTML-escaped unless a template explicitly marks sanitised HTML as safe. Pages render straight into
 * UTF-8 bytes, with the templates' static parts encoded once at build time ({@code binaryStaticContent}): building
 * a page as a {@code String} and encoding it afterwards was the largest single cost of the tickets list under load.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** The page as UTF-8 bytes. */
    public byte[] render(String template, Map<String, Object> params) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template, params, out);
        return out.toByteArray();
    }
}
