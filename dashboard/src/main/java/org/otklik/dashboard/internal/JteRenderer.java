package org.otklik.dashboard.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.Map;

/**
 * Renders the jte templates compiled into the jar at build time (jte-maven-plugin "generate"): nothing is
 * compiled at run time. jte's Html content type escapes every {@code ${...}} for its context.
 */
public final class JteRenderer implements FileRenderer {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html, JteRenderer.class.getClassLoader(),
            "org.otklik.dashboard.internal.jte");

    @Override
    public String render(String file, Map<String, ?> model, Context ctx) {
        StringOutput out = new StringOutput(8192);
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) model;
        engine.render(file, params, out);
        return out.toString();
    }
}
