package org.claimskb.rules.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimskb.model.PartialDate;

/**
 * The total of one side of one disagreement group, built once by the rules (one accumulate per
 * side, {@code disagreement.drl}) from the side's {@link Vote}s. Each utterance (one speaker at
 * one event) counts once, at the base credibility of its most credible text.
 *
 * <p>The total is kept with partial sums by speaker, by event and by the speaker's interests, so
 * that what one claim takes from a side ("the opposing side without my own voice", "my side
 * without my speaker and my event") is a few subtractions: no rule ever walks the side's claims
 * once per claim, and the cost stays linear in the claims however large a group grows.
 */
public final class SideTotal {
    /**
     * How many of the strongest utterances are kept for explanations: a claim's share names the
     * first few of them that are not its own speaker's, event's or interest's.
     */
    private static final int KEPT = 200;

    private final String group;
    private final String side;
    private double total;
    private int utterances;
    private final Map<String, Vote> best = new LinkedHashMap<>();
    private final Map<String, Sum> bySpeaker = new HashMap<>();
    private final Map<String, Sum> byEvent = new HashMap<>();
    private final Map<Set<String>, InterestSum> byInterests = new HashMap<>();
    private final Map<String, List<Set<String>>> interestsByEntity = new HashMap<>();
    /** The side's votes as given, kept for {@link #self()}. */
    private final List<Vote> votes;
    /** Who said what where, for self-contradictions: built when another side first asks. */
    private SelfIndex self;
    private final List<Vote> strongest;
    private final String[] labels;

    private static final class Sum {
        double weight;
        int count;

        void add(double w) {
            weight += w;
            count++;
        }
    }

    private static final class InterestSum {
        final Sum all = new Sum();
        final Map<String, Sum> byEvent = new HashMap<>();
    }

    private SideTotal(String group, String side, List<?> votes) {
        this.group = group;
        this.side = side;
        List<Vote> all = new ArrayList<>(votes.size());
        for (Object o : votes) {
            Vote v = (Vote) o;
            all.add(v);
            best.merge(v.utterance(), v, SideTotal::stronger);
        }
        this.votes = all;
        for (Vote v : best.values()) {
            total += v.base();
            utterances++;
            bySpeaker.computeIfAbsent(v.speaker(), k -> new Sum()).add(v.base());
            byEvent.computeIfAbsent(v.event(), k -> new Sum()).add(v.base());
            InterestSum is = byInterests.get(v.interests());
            if (is == null) {
                is = new InterestSum();
                byInterests.put(v.interests(), is);
                for (String e : v.interests()) {
                    interestsByEntity.computeIfAbsent(e, k -> new ArrayList<>()).add(v.interests());
                }
            }
            is.all.add(v.base());
            is.byEvent.computeIfAbsent(v.event(), k -> new Sum()).add(v.base());
        }
        strongest = best.values().stream().sorted(STRONGEST_FIRST).limit(KEPT).toList();
        labels = new String[strongest.size()];
    }

    private static final Comparator<Vote> STRONGEST_FIRST =
            Comparator.comparingDouble(Vote::base).reversed().thenComparing(Vote::claim);

    private static Vote stronger(Vote a, Vote b) {
        return STRONGEST_FIRST.compare(a, b) <= 0 ? a : b;
    }

    /** Totals one side from its votes (the accumulate's collected list). */
    public static SideTotal of(String group, String side, List<?> votes) {
        return new SideTotal(group, side, votes);
    }

    public String group() {
        return group;
    }

    public String side() {
        return side;
    }

    public double total() {
        return total;
    }

    public int utterances() {
        return utterances;
    }

    /** What this side weighs against {@code v} (a claim on another side): every utterance but its own speaker's. */
    public Share opposing(Vote v) {
        Sum own = bySpeaker.get(v.speaker());
        double w = total - (own == null ? 0 : own.weight);
        int n = utterances - (own == null ? 0 : own.count);
        return share(w, n, x -> !x.speaker().equals(v.speaker()));
    }

    /**
     * What this side (the claim's own) lends {@code v}: utterances by other speakers at other
     * events, split into those whose speakers share an interest with v's speaker and the rest.
     */
    public Share corroborating(Vote v, boolean sameInterest) {
        Support s = supportByVote.computeIfAbsent(v, this::support);
        return sameInterest ? s.shared : s.independent;
    }

    /** Both corroboration shares of one vote, computed once (the two corroboration rules each ask). */
    private record Support(Share independent, Share shared) {}

    private final Map<Vote, Support> supportByVote = new java.util.IdentityHashMap<>();

    /** Per interest signature: the total of the side's utterances whose speakers share an interest with it. */
    private final Map<Set<String>, Sum> sharedBySignature = new HashMap<>();

    private Support support(Vote v) {
        Sum own = bySpeaker.getOrDefault(v.speaker(), NO_SUM);
        Vote ownUtterance = best.get(v.utterance());
        double ownHere = ownUtterance == null ? 0 : ownUtterance.base();
        int ownHereN = ownUtterance == null ? 0 : 1;
        double sharedW = 0;
        int sharedN = 0;
        if (!v.interests().isEmpty()) {
            Sum all = sharedBySignature.computeIfAbsent(v.interests(), this::sharedWith);
            double atEvent = 0;
            int atEventN = 0;
            for (Set<String> sig : related(v.interests())) {
                Sum ev = byInterests.get(sig).byEvent.get(v.event());
                if (ev != null) {
                    atEvent += ev.weight;
                    atEventN += ev.count;
                }
            }
            // The claim's own speaker shares its own interests: take it out, and the event's others.
            sharedW = all.weight - own.weight - atEvent + ownHere;
            sharedN = all.count - own.count - atEventN + ownHereN;
        }
        Sum event = byEvent.getOrDefault(v.event(), NO_SUM);
        double othersW = total - own.weight - event.weight + ownHere;
        int othersN = utterances - own.count - event.count + ownHereN;
        Share independent = share(othersW - sharedW, othersN - sharedN, x -> !x.speaker().equals(v.speaker())
                && !x.event().equals(v.event()) && !shares(x.interests(), v.interests()));
        Share shared = share(sharedW, sharedN, x -> !x.speaker().equals(v.speaker())
                && !x.event().equals(v.event()) && shares(x.interests(), v.interests()));
        return new Support(independent, shared);
    }

    private static final Sum NO_SUM = new Sum();

    /** The interest signatures on this side that share an entity with {@code interests}. */
    private Set<Set<String>> related(Set<String> interests) {
        Set<Set<String>> related = new HashSet<>();
        for (String e : interests) {
            related.addAll(interestsByEntity.getOrDefault(e, List.of()));
        }
        return related;
    }

    private Sum sharedWith(Set<String> interests) {
        Sum sum = new Sum();
        for (Set<String> sig : related(interests)) {
            InterestSum is = byInterests.get(sig);
            sum.weight += is.all.weight;
            sum.count += is.all.count;
        }
        return sum;
    }

    /**
     * Whether v's speaker is also on this side at the same time: in the same text, or at another
     * event of the same date. (The same event in another text is a retelling; another date, a revision.)
     */
    public boolean contradictsSelf(Vote v) {
        Set<String> sources = self().sourcesBySpeaker.get(v.speaker());
        if (sources == null) {
            return false;
        }
        if (sources.contains(v.source())) {
            return true;
        }
        Set<String> events = self().eventsBySpeakerAndDate.getOrDefault(v.speaker(), Map.of()).get(v.said());
        return events != null && (events.size() > 1 || !events.contains(v.event()));
    }

    /** {@code b/y (same speaker, same time)} for a self-contradiction's explanation. */
    public String selfDetail(Vote v) {
        return self().claimBySpeaker.get(v.speaker());
    }

    /** Per speaker: the texts, the events by date, and the first claim (by id) on this side. */
    private static final class SelfIndex {
        final Map<String, Set<String>> sourcesBySpeaker = new HashMap<>();
        final Map<String, Map<PartialDate, Set<String>>> eventsBySpeakerAndDate = new HashMap<>();
        final Map<String, String> claimBySpeaker = new HashMap<>();

        SelfIndex(List<Vote> votes) {
            for (Vote v : votes) {
                sourcesBySpeaker.computeIfAbsent(v.speaker(), k -> new HashSet<>()).add(v.source());
                if (v.said() != null) {
                    eventsBySpeakerAndDate.computeIfAbsent(v.speaker(), k -> new HashMap<>())
                            .computeIfAbsent(v.said(), k -> new HashSet<>()).add(v.event());
                }
                claimBySpeaker.merge(v.speaker(), v.claim(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
    }

    private SelfIndex self() {
        if (self == null) {
            self = new SelfIndex(votes);
        }
        return self;
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        for (String e : a) {
            if (b.contains(e)) {
                return true;
            }
        }
        return false;
    }

    private Share share(double weight, int count, java.util.function.Predicate<Vote> shown) {
        if (count <= 0 || weight <= 1e-12) {
            return Share.NONE;
        }
        List<Share.Named> names = new ArrayList<>();
        for (int i = 0; i < strongest.size() && names.size() < Share.SHOWN; i++) {
            Vote x = strongest.get(i);
            if (shown.test(x)) {
                names.add(new Share.Named(x.claim(), x.base(), label(i)));
            }
        }
        return new Share(weight, count, names);
    }

    /** {@code a/x by gavin-baker (0.62)}: made once per kept utterance, the first time a share names it. */
    private String label(int i) {
        String label = labels[i];
        if (label == null) {
            Vote x = strongest.get(i);
            label = String.format(Locale.ROOT, "%s by %s (%.2f)", x.claim(), x.speaker(), x.base());
            labels[i] = label;
        }
        return label;
    }

    @Override
    public String toString() {
        return "SideTotal[" + group + " " + side + ": " + utterances + " utterances, " + total + "]";
    }
}
