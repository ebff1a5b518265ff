package org.claimskb.files;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson configuration for every JSON the tool writes or reads back: the commands'
 * {@code --json}, the report's {@code report.json} and the derived files under
 * {@code .claims-index/}. Field names in snake_case as cli.md spells them (a record component
 * {@code meanCredibility} is written {@code mean_credibility}), dates as ISO text, map keys sorted
 * and record components in declaration order so the bytes are stable for the same input, unknown
 * fields ignored on reading. Fact files are not read here: their YAML and JSON go through the
 * located reader in {@code factfile}, which keeps line numbers.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final ObjectWriter PRETTY = MAPPER.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {}

    /** The mapper, compact output. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The same configuration, indented two spaces: what people read ({@code --json}, reports). */
    public static ObjectWriter pretty() {
        return PRETTY;
    }
}
