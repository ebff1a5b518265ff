package org.claimskb.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The report as one JSON document: the same {@link Report} the Markdown and HTML show, field for
 * field, in snake_case like the other {@code --json} outputs (cli.md). Record components keep their
 * declaration order and lists arrive sorted, so the bytes are stable for the same input.
 */
public final class JsonRenderer {

    private static final ObjectWriter WRITER;

    static {
        ObjectMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
        var printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        WRITER = mapper.writer(printer);
    }

    private JsonRenderer() {}

    public static String render(Report report) {
        try {
            return WRITER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            // Records of strings, numbers and lists always serialise; this would be a programming error.
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }
}
