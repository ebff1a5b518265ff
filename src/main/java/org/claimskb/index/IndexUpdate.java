package org.claimskb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.claimskb.model.Claim;

/**
 * Writes a generation's index as an update of an earlier generation's: the earlier index's
 * files are linked into the new folder (Lucene never changes a file once written, so the two
 * folders share them safely, and removing either generation later leaves the other whole), then
 * only the documents whose fingerprint ({@link ClaimDocuments#prepare}) changed are rewritten and
 * those of claims that are gone are deleted. After one fact file of a large KB is edited, that is
 * its claims and the claims whose scores the edit moved, not a million documents.
 *
 * <p>The result holds exactly the documents a build from scratch would (same fingerprints, same
 * documents); only their order and segments differ, which no ranking depends on (every order
 * ends on the id). An update is not tried, and the caller builds from scratch, when the earlier
 * index is of another format, was written by other code or with other entities (its commit's
 * {@link #CONTEXT}: every fingerprint would differ, so this is known before computing any),
 * cannot be read or linked, or when more than half the documents changed (rewriting most of an
 * index costs more than writing it anew).
 */
final class IndexUpdate {
    /** Commit data: the {@link ContentKey#FORMAT} the index was written in. */
    static final String FORMAT = "format";
    /** Commit data: what all its documents depend on ({@link ClaimDocuments#context}): another means every document changed. */
    static final String CONTEXT = "context";
    /** Above this share of changed documents, a build from scratch is cheaper. */
    private static final double MOST = 0.5;

    private IndexUpdate() {}

    /** What an update did: documents rewritten and deleted, of how many. */
    record Done(int rewritten, int deleted, int claims) {}

    /** What the writer needs besides the documents: its configuration and what to do before committing. */
    interface Finish {
        void beforeCommit(IndexWriter writer) throws IOException;
    }

    /**
     * Updates a copy of {@code baseLucene} in {@code lucene} (which must not exist) to hold the
     * documents of {@code claims}; returns what it did, or null when it did not (then
     * {@code lucene} does not exist either).
     */
    static Done tryUpdate(Path baseLucene, Path lucene, List<Claim> claims, String context, Prepare prepare,
                          IndexWriterConfig config, Finish finish, BuildProgress progress) throws IOException {
        if (baseLucene == null || !sameContext(baseLucene, context) || !link(baseLucene, lucene)) {
            return null;
        }
        try (var directory = FSDirectory.open(lucene)) {
            Map<String, Long> before = fingerprints(directory);
            if (before == null) {
                return discard(lucene);
            }
            long[] now = new long[claims.size()];
            try (var steps = progress.begin(BuildProgress.Stage.INDEXING, claims.size())) {
                IntStream.range(0, claims.size()).parallel().forEach(i -> {
                    now[i] = prepare.of(claims.get(i)).fingerprint();
                    steps.step();
                });
            }
            List<Claim> changed = new ArrayList<>();
            Set<String> kept = new HashSet<>(claims.size() * 2);
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                kept.add(c.id());
                Long was = before.get(c.id());
                if (was == null || was != now[i]) {
                    changed.add(c);
                }
            }
            List<Term> gone = new ArrayList<>();
            for (String id : before.keySet()) {
                if (!kept.contains(id)) {
                    gone.add(new Term(Fields.ID, id));
                }
            }
            if (changed.size() + gone.size() > MOST * Math.max(claims.size(), before.size())) {
                directory.close();
                return discard(lucene);
            }
            config.setOpenMode(IndexWriterConfig.OpenMode.APPEND);
            try (var writer = new IndexWriter(directory, config)) {
                if (!gone.isEmpty()) {
                    writer.deleteDocuments(gone.toArray(Term[]::new));
                }
                changed.parallelStream().forEach(c -> {
                    try {
                        writer.updateDocument(new Term(Fields.ID, c.id()), prepare.document(prepare.of(c)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                finish.beforeCommit(writer);
                writer.commit();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return new Done(changed.size(), gone.size(), claims.size());
        }
    }

    /** Makes a claim's prepared document (JSON and fingerprint) and its Lucene document. */
    interface Prepare {
        ClaimDocuments.Prepared of(Claim c);

        org.apache.lucene.document.Document document(ClaimDocuments.Prepared p);
    }

    private static Done discard(Path lucene) throws IOException {
        IndexBuilder.deleteTree(lucene);
        return null;
    }

    /**
     * Whether the index at {@code lucene} has a commit written in this format, by this code and
     * with these entities ({@code context}): otherwise every document would be rewritten.
     */
    private static boolean sameContext(Path lucene, String context) {
        if (!Files.isDirectory(lucene)) {
            return false;
        }
        try (var directory = FSDirectory.open(lucene)) {
            var data = SegmentInfos.readLatestCommit(directory).getUserData();
            return ContentKey.FORMAT.equals(data.get(FORMAT)) && context.equals(data.get(CONTEXT));
        } catch (IOException unreadable) {
            return false;
        }
    }

    /**
     * Links every file of the earlier index into {@code lucene} (not its write lock). False, with
     * nothing left behind, when the file system cannot link or a file went away meanwhile (a
     * concurrent clean-up removed that generation).
     */
    private static boolean link(Path base, Path lucene) throws IOException {
        try {
            Files.createDirectories(lucene);
            try (Stream<Path> files = Files.list(base)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (!name.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        Files.createLink(lucene.resolve(name), f);
                    }
                }
            }
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException cannot) {
            IndexBuilder.deleteTree(lucene);
            return false;
        }
    }

    /** Each live document's claim id and fingerprint; null when some document has none. */
    private static Map<String, Long> fingerprints(FSDirectory directory) {
        try (var reader = DirectoryReader.open(directory)) {
            Map<String, Long> out = new HashMap<>(reader.numDocs() * 2);
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.ID);
                NumericDocValues fps = leaf.reader().getNumericDocValues(Fields.FINGERPRINT);
                Bits live = leaf.reader().getLiveDocs();
                if (ids == null || fps == null) {
                    return leaf.reader().numDocs() == 0 ? out : null;
                }
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    if (!ids.advanceExact(doc) || !fps.advanceExact(doc)) {
                        return null;
                    }
                    out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), fps.longValue());
                }
            }
            return out;
        } catch (IOException unreadable) {
            return null;
        }
    }
}
