package org.claimskb.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.claimskb.model.Claim;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.ClaimStatus;
import org.claimskb.model.Entity;
import org.claimskb.model.EntityKind;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.Quantity;
import org.claimskb.model.Regime;
import org.claimskb.model.Source;
import org.claimskb.model.SourceKind;
import org.claimskb.model.Speaker;
import org.claimskb.model.Wire;

/**
 * A lenient reading of a KB root's fact files: just what the importer matches against (speakers,
 * entities, source ids, quantity metrics and units), from every file that parses, ignoring fields
 * it does not need and files it cannot read. Validation is the loader's job; a draft is matched
 * against whatever the knowledge base says, even while some file in it is broken.
 */
public final class FactFileScan implements KnowledgeBaseReader {
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public KnowledgeBase read(Path kbRoot, Path leaveOut) {
        var keep = new java.util.ArrayList<Path>();
        for (Path file : files(kbRoot)) {
            if (leaveOut == null || !file.toAbsolutePath().normalize().equals(leaveOut.toAbsolutePath().normalize())) {
                keep.add(file);
            }
        }
        return scan(kbRoot, keep);
    }

    /** What one fact file declares. */
    public KnowledgeBase readFile(Path kbRoot, Path file) {
        return scan(kbRoot, List.of(file));
    }

    private KnowledgeBase scan(Path kbRoot, List<Path> paths) {
        var speakers = new ArrayList<Speaker>();
        var entities = new ArrayList<Entity>();
        var sources = new ArrayList<Source>();
        var claims = new ArrayList<Claim>();
        for (Path file : paths) {
            JsonNode root;
            try {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                root = (name.endsWith(".json") ? JSON : YAML).readTree(file.toFile());
            } catch (IOException e) {
                continue; // the loader reports it; the draft is matched against the rest
            }
            if (root == null || !root.isObject()) {
                continue;
            }
            root.path("speakers").forEach(s -> {
                if (s.path("id").isTextual()) {
                    var aliases = new ArrayList<String>();
                    s.path("aliases").forEach(a -> aliases.add(a.asText()));
                    speakers.add(new Speaker(s.path("id").asText(), s.path("name").asText(s.path("id").asText()),
                            text(s, "role"), Wire.parse(Regime.class, s.path("regime").asText()).orElse(Regime.UNKNOWN),
                            null, List.of(), aliases));
                }
            });
            root.path("entities").forEach(e -> {
                if (e.path("id").isTextual()) {
                    var aliases = new ArrayList<String>();
                    e.path("aliases").forEach(a -> aliases.add(a.asText()));
                    entities.add(new Entity(e.path("id").asText(), e.path("name").asText(e.path("id").asText()), aliases,
                            Wire.parse(EntityKind.class, e.path("kind").asText()).orElse(EntityKind.OTHER), text(e, "part_of")));
                }
            });
            JsonNode source = root.path("source");
            if (source.path("id").isTextual()) {
                String sourceId = source.path("id").asText();
                sources.add(new Source(sourceId, text(source, "title"),
                        Wire.parse(SourceKind.class, source.path("kind").asText()).orElse(SourceKind.TRANSCRIPT),
                        null, null, null, null, null, null, null, List.of(),
                        kbRoot.relativize(file).toString()));
                root.path("claims").forEach(c -> {
                    JsonNode q = c.path("quantity");
                    if (c.path("id").isTextual() && q.path("metric").isTextual() && q.path("unit").isTextual()) {
                        double min = q.path("value").isNumber() ? q.path("value").asDouble() : q.path("value").path("min").asDouble();
                        double max = q.path("value").isNumber() ? min : q.path("value").path("max").asDouble(min);
                        claims.add(new Claim(sourceId + "/" + c.path("id").asText(), sourceId, c.path("speaker").asText(),
                                null, ClaimKind.STATISTIC, c.path("text").asText(), null, List.of(),
                                new Quantity(q.path("subject").asText(), q.path("metric").asText(), Math.min(min, max),
                                        Math.max(min, max), q.path("unit").asText(), null),
                                List.of(), null, List.of(), List.of(), null, null, null, null, ClaimStatus.REVIEWED, 0));
                    }
                });
            }
        }
        return new KnowledgeBase(speakers, entities, List.of(), sources, claims, List.of());
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).isValueNode() && !n.path(field).asText().isBlank() ? n.path(field).asText() : null;
    }

    private static List<Path> files(Path kbRoot) {
        Path claims = kbRoot.resolve("claims");
        if (!Files.isDirectory(claims)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(claims)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        boolean hidden = false;
                        for (Path part : claims.relativize(p)) {
                            hidden |= part.toString().startsWith(".");
                        }
                        return !hidden && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"));
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
