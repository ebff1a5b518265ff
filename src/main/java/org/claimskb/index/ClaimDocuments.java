package org.claimskb.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.claimskb.files.CodeDigest;
import org.claimskb.model.Claim;
import org.claimskb.model.Entity;
import org.claimskb.model.Flag;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.scoring.ClaimScore;

/** Turns a claim, with what the KB knows around it and its score, into a Lucene document. */
final class ClaimDocuments {
    /** Credibility as a ranking feature must be positive: a claim scored 0 still counts this little. */
    private static final float LEAST_FEATURE = 1e-3f;

    private final KnowledgeBase kb;
    private final ObjectMapper json;
    private final ConceptMentions mentions;
    /** What every document depends on besides what {@link #fingerprint} adds per claim: the code and the entities. */
    private final byte[] context;
    /** Each speaker's and proposition's JSON, made once, for the fingerprints of the claims that name them. */
    private final java.util.concurrent.ConcurrentHashMap<String, byte[]> registryJson =
            new java.util.concurrent.ConcurrentHashMap<>();

    ClaimDocuments(KnowledgeBase kb, ObjectMapper json) throws JsonProcessingException {
        this.kb = kb;
        this.json = json;
        this.mentions = new ConceptMentions(kb);
        MessageDigest sha = CodeDigest.sha256();
        sha.update(CODE);
        // Entities and concepts: any document may name one (its ancestors' names, the concepts its words mention).
        sha.update(json.writeValueAsBytes(kb.entities()));
        this.context = sha.digest();
    }

    /** What every document depends on (code and entities), as hex: equal for two builds whose documents may be shared. */
    String context() {
        return java.util.HexFormat.of().formatHex(context);
    }

    /**
     * The code a document is made by: the index's own classes and resources (fields, analyzers,
     * lexicons), the model's and the scoring's (their JSON).
     */
    private static final byte[] CODE = CodeDigest.of(ClaimDocuments.class, ContentKey.FORMAT,
            java.util.List.of("org/claimskb/index/", "org/claimskb/model/", "org/claimskb/scoring/"));

    /** A claim with its score and groups as its document stores them, and their fingerprint. */
    record Prepared(Claim claim, ClaimScore score, java.util.List<String> groups, byte[] claimJson, byte[] scoreJson,
                    long fingerprint) {}

    /** @param groups the claim's disagreement groups' references ({@link AnalysisStore#write}) */
    Prepared prepare(Claim c, ClaimScore score, java.util.List<String> groups) throws JsonProcessingException {
        byte[] claimJson = json.writeValueAsBytes(c);
        byte[] scoreJson = score == null ? null : json.writeValueAsBytes(score);
        return new Prepared(c, score, groups, claimJson, scoreJson, fingerprint(c, claimJson, scoreJson, groups));
    }

    /**
     * 64 bits of a SHA-256 over everything a claim's document is made of: the code and the
     * entities ({@link #context}), the claim's JSON, its speaker's and its propositions' records,
     * its source's date, its score's JSON and its groups' references. Equal fingerprints mean
     * equal documents, so a rebuild rewrites only the documents whose fingerprint changed
     * ({@link IndexUpdate}); a new source or speaker elsewhere in the KB changes none.
     */
    private long fingerprint(Claim c, byte[] claimJson, byte[] scoreJson, java.util.List<String> groups) {
        MessageDigest sha = CodeDigest.sha256();
        sha.update(context);
        sha.update(claimJson);
        sha.update((byte) 0);
        sha.update(registered("s" + c.speaker(), () -> kb.speaker(c.speaker()).orElse(null)));
        for (var stance : c.stances()) {
            sha.update(registered("p" + stance.proposition(), () -> kb.proposition(stance.proposition()).orElse(null)));
        }
        sha.update(String.valueOf(kb.source(c.sourceId()).map(s -> s.date().start()).orElse(null))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update((byte) 0);
        if (scoreJson != null) {
            sha.update(scoreJson);
        }
        sha.update((byte) 0);
        sha.update(String.join(" ", groups).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] d = sha.digest();
        long fp = 0;
        for (int i = 0; i < 8; i++) {
            fp = (fp << 8) | (d[i] & 0xff);
        }
        return fp;
    }

    /** The JSON of a registry record (null: none), made once per key and kept. */
    private byte[] registered(String key, java.util.function.Supplier<Object> record) {
        return registryJson.computeIfAbsent(key, k -> {
            try {
                byte[] body = json.writeValueAsBytes(record.get());
                byte[] out = java.util.Arrays.copyOf(body, body.length + 1);
                return out; // ends in a zero byte: one record's JSON never runs into the next
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write " + k + " as JSON", e);
            }
        });
    }

    Document of(Claim c, ClaimScore score, java.util.List<String> groups) throws JsonProcessingException {
        return of(prepare(c, score, groups));
    }

    Document of(Prepared p) {
        Claim c = p.claim();
        ClaimScore score = p.score();
        var groups = p.groups();
        var doc = new Document();
        doc.add(new NumericDocValuesField(Fields.FINGERPRINT, p.fingerprint()));
        if (!groups.isEmpty()) {
            doc.add(new StoredField(Fields.GROUPS, String.join(" ", groups)));
        }
        doc.add(new StringField(Fields.ID, c.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(c.id())));
        doc.add(new StringField(Fields.LOCAL_ID, c.id().substring(c.id().indexOf('/') + 1), Field.Store.NO));
        doc.add(new StringField(Fields.SPEAKER, c.speaker(), Field.Store.YES));
        doc.add(new StringField(Fields.SOURCE, c.sourceId(), Field.Store.YES));
        doc.add(new StringField(Fields.KIND, c.kind().wire(), Field.Store.YES));
        doc.add(new StringField(Fields.STATUS, c.status().wire(), Field.Store.YES));
        doc.add(new NumericDocValuesField(Fields.STATUS_RANK, c.draft() ? 1 : 0));
        kb.source(c.sourceId()).ifPresent(s -> doc.add(new NumericDocValuesField(Fields.DATE, s.date().start().toEpochDay())));
        for (String topic : new LinkedHashSet<>(c.topics())) {
            doc.add(new StringField(Fields.OWN_TOPIC, topic, Field.Store.NO));
        }
        for (String topic : topics(c)) {
            doc.add(new StringField(Fields.TOPIC, topic, Field.Store.NO));
        }
        if (score != null) {
            doc.add(new DoublePoint(Fields.CREDIBILITY, score.credibility()));
            doc.add(new StoredField(Fields.CREDIBILITY, score.credibility()));
            doc.add(new DoubleDocValuesField(Fields.CREDIBILITY, score.credibility()));
            doc.add(new FeatureField(Fields.FEATURES, Fields.CREDIBILITY_FEATURE,
                    Math.max(LEAST_FEATURE, (float) score.credibility())));
            for (Flag f : score.flags().stream().sorted().toList()) {
                doc.add(new StringField(Fields.FLAG, f.wire(), Field.Store.YES));
            }
            // As UTF-8 bytes, never a Java string: no conversion on the way in or out.
            doc.add(new StoredField(Fields.SCORE_JSON, new BytesRef(p.scoreJson())));
        } else {
            // Unscored (no rules): sorts last among scored claims, still filterable as DRAFT.
            doc.add(new DoubleDocValuesField(Fields.CREDIBILITY, -1));
            if (c.draft()) {
                doc.add(new StringField(Fields.FLAG, Flag.DRAFT.wire(), Field.Store.YES));
            }
        }
        doc.add(new StoredField(Fields.CLAIM_JSON, new BytesRef(p.claimJson())));
        if (c.replyTo() != null) {
            doc.add(new StringField(Fields.REPLY_TO, c.replyTo(), Field.Store.NO));
        }
        addText(doc, Fields.TEXT, c.text(), true);
        if (c.quote() != null) {
            addText(doc, Fields.QUOTE, c.quote(), true);
        }
        addText(doc, Fields.NAMES, String.join(" \n ", names(c)), false);
        for (String key : keys(measured(c))) {
            doc.add(new StringField(Fields.MEASURES, key, Field.Store.NO));
        }
        return doc;
    }

    /** What the claim's number is of and what it measures (NVIDIA, market share), or nothing. */
    private static Set<String> measured(Claim c) {
        var ids = new LinkedHashSet<String>();
        if (c.quantity() != null) {
            ids.add(c.quantity().subject());
            ids.add(c.quantity().metric());
        }
        return ids;
    }

    /** The {@link ConceptKeys} of every name and alias of these ids and their ancestors (an id without an entity: its words). */
    private Set<String> keys(Set<String> ids) {
        var keys = new LinkedHashSet<String>();
        for (String id : ids) {
            if (id == null) {
                continue;
            }
            var chain = kb.withAncestors(id);
            if (chain.isEmpty()) {
                add(keys, id.replace('-', ' '));
            }
            for (Entity e : chain) {
                add(keys, e.name());
                e.aliases().forEach(a -> add(keys, a));
            }
        }
        return keys;
    }

    private static void add(Set<String> keys, String name) {
        String key = ConceptKeys.of(name);
        if (key != null) {
            keys.add(key);
        }
    }

    /**
     * A text in the English field, stored there once when {@code stored} (the highlighter reads
     * the Japanese and Chinese readings' text from it too), and in the Japanese and Chinese fields
     * only when it holds something they read ({@link MultilingualAnalyzers#readsCjk}): their
     * reading of Latin-script text is never searched.
     */
    private static void addText(Document doc, String field, String value, boolean stored) {
        doc.add(new TextField(field, value, stored ? Field.Store.YES : Field.Store.NO));
        if (MultilingualAnalyzers.readsCjk(value)) {
            doc.add(new TextField(field + MultilingualAnalyzers.JA, value, Field.Store.NO));
            doc.add(new TextField(field + MultilingualAnalyzers.ZH, value, Field.Store.NO));
        }
    }

    /** The claim's topic ids plus the entities they belong to, so {@code --topic google} finds TPU claims. */
    private Set<String> topics(Claim c) {
        var topics = new LinkedHashSet<String>();
        for (String t : c.topics()) {
            topics.add(t);
            kb.withAncestors(t).forEach(e -> topics.add(e.id()));
        }
        for (var s : c.stances()) {
            topics.add(s.proposition());
        }
        return topics;
    }

    /**
     * Every name a reader might search the claim by: speaker (with aliases), entities and concepts
     * (with aliases), topic ids, its quantity's subject and metric, the concepts its text or quote
     * mentions ({@link ConceptMentions}), and the propositions it takes a stance on.
     */
    private Set<String> names(Claim c) {
        var names = new LinkedHashSet<String>();
        kb.speaker(c.speaker()).ifPresent(s -> {
            names.add(s.name());
            names.addAll(s.aliases());
        });
        var ids = new LinkedHashSet<String>(c.topics());
        ids.addAll(c.favors());
        ids.addAll(c.harms());
        if (c.quantity() != null) {
            // What the number is of, and what it measures: a metric that is a concept's id brings the concept's names.
            ids.add(c.quantity().subject());
            ids.add(c.quantity().metric());
        }
        // A claim's stance makes it about its proposition: the statement and topics find it too.
        for (var stance : c.stances()) {
            kb.proposition(stance.proposition()).ifPresent(p -> {
                names.add(p.statement());
                ids.addAll(p.topics());
            });
        }
        // Concepts its own words mention bring their names in every language.
        for (Entity concept : mentions.in(java.util.Arrays.asList(c.text(), c.quote()))) {
            ids.add(concept.id());
        }
        for (String id : ids) {
            var chain = kb.withAncestors(id);
            if (chain.isEmpty()) {
                names.add(id.replace('-', ' '));
            }
            for (Entity e : chain) {
                names.add(e.name());
                names.addAll(e.aliases());
            }
        }
        return names;
    }
}
