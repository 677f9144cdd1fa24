package dev.helpdesk.web.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The page templates, compiled to Java at build time by jte-maven-plugin (so no compiler runs in production).
 * Output is HTML-escaped unless a template explicitly marks sanitised HTML as safe. Pages render straight into
 * UTF-8 bytes, with the templates' static parts encoded once at build time ({@code binaryStaticContent}), into
 * one array sized from the template's last page ({@link PageOutput}).
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    /** The size of each template's last page, to size the next one's array. */
    private final ConcurrentMap<String, Integer> lastSize = new ConcurrentHashMap<>();

    /** The page as UTF-8 bytes. */
    PageOutput render(String template, Map<String, Object> params) {
        int expected = lastSize.getOrDefault(template, 16 * 1024);
        PageOutput out = new PageOutput(expected + expected / 8);
        engine.render(template, params, out);
        lastSize.put(template, out.length());
        return out;
    }
}
