package org.claimskb.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.claimskb.files.Json;

/**
 * The report as one JSON document: the same {@link Report} the Markdown and HTML show, field for
 * field, through the one JSON configuration ({@link Json}: snake_case like the other
 * {@code --json} outputs, cli.md). Record components keep their declaration order and lists
 * arrive sorted, so the bytes are stable for the same input.
 */
public final class JsonRenderer {

    private JsonRenderer() {}

    public static String render(Report report) {
        try {
            return Json.pretty().writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            // Records of strings, numbers and lists always serialise; this would be a programming error.
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }
}
