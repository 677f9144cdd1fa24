package dev.helpdesk.web.http;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The page templates, compiled to Java at build time by jte-maven-plugin (so no compiler runs in production).
 * Output is HTML-escaped unless a template explicitly marks sanitised HTML as safe.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(8 * 1024);
        engine.render(template, params, out);
        return out.toString();
    }
}
