package org.claimskb.ingest;

import java.time.LocalDate;
import java.util.List;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.PartialDate;
import org.claimskb.model.SourceKind;

/**
 * A draft fact file: one source, the speakers the knowledge base does not know yet, and the
 * candidate claims, all {@code status: draft}.
 *
 * @param notes things the reviewer should check first (a date that was guessed, no speaker found)
 */
public record Draft(Source source, List<DraftSpeaker> newSpeakers, List<Claim> claims, List<String> notes) {

    public Draft {
        newSpeakers = List.copyOf(newSpeakers);
        claims = List.copyOf(claims);
        notes = List.copyOf(notes);
    }

    /**
     * The {@code source} section. {@code file} is the transcript's file name; {@code author} the
     * speaker who wrote the text (an article or commentary by a named author), or null; {@code reportedBy}
     * the channel, publisher or writer who wrote the text when it is not its speakers' own (a news
     * article's outlet and byline), or null.
     */
    public record Source(String id, String title, SourceKind kind, String venue, String url, PartialDate date,
                         String language, String file, List<String> speakers, String author, String reportedBy) {
        public Source {
            speakers = List.copyOf(speakers);
        }
    }

    /** A number drafted for comparison; {@code min == max} for a single value. */
    public record Quantity(String subject, String metric, double min, double max, String unit) {}

    /**
     * A candidate claim.
     *
     * @param id    local id, unique in the file
     * @param line  the transcript line it came from (for the reviewer; not written)
     * @param why   the cue that decided its kind (for the reviewer; not written)
     * @param replyTo the local id of the question this claim answers, or null
     */
    public record Claim(String id, String speaker, String at, ClaimKind kind, String text, String quote,
                        List<String> topics, Quantity quantity, PartialDate when, LocalDate due, int line, String why,
                        String replyTo) {
        public Claim {
            topics = List.copyOf(topics);
        }
    }

    public long count(ClaimKind kind) {
        return claims.stream().filter(c -> c.kind() == kind).count();
    }

    public long quantities() {
        return claims.stream().filter(c -> c.quantity() != null).count();
    }
}
