package org.claimskb.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a claim's shares of its groups' sides add up to and how they are explained. */
class ShareTest {

    private static Vote vote(String claim, String side, String speaker, String event, double base) {
        return new Vote(claim, "stance|p|2026", side, speaker, event, event + "-t", speaker + "@" + event, null, base,
                Set.of());
    }

    @Test
    void totalAndExplanationDoNotDependOnTheOrderTheSharesCameIn() {
        Share a = new Share(0.9, 2, List.of(new Share.Named("a/1", 0.5, "a/1 by x (0.50)"),
                new Share.Named("a/2", 0.4, "a/2 by x (0.40)")));
        Share b = new Share(0.7, 1, List.of(new Share.Named("b/1", 0.7, "b/1 by y (0.70)")));
        Share c = new Share(0.1, 1, List.of(new Share.Named("c/1", 0.1, "c/1 by z (0.10)")));
        assertEquals(Share.describe(List.of(a, b, c)), Share.describe(List.of(c, b, a)));
        assertEquals(Share.total(List.of(a, b, c)), Share.total(List.of(c, a, b)));
        assertEquals("4 utterances: b/1 by y (0.70), a/1 by x (0.50), a/2 by x (0.40) and 1 more",
                Share.describe(List.of(c, a, b)), "names strongest first across shares");
    }

    @Test
    void aShareWithNothingToNameSaysHowManyWithoutAnEmptyList() {
        assertEquals("2 utterances", Share.describe(List.of(new Share(0.8, 2, List.of()))));
    }

    @Test
    void namesComeFromBeyondTheStrongestWhenThoseAreTheClaimsOwnSpeakers() {
        List<Vote> votes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            votes.add(vote("own/" + i, "for", "alice", "e" + i, 0.9));
        }
        votes.add(vote("other/1", "for", "bob", "f1", 0.3));
        SideTotal side = SideTotal.of("stance|p|2026", "for", votes);
        Share against = side.opposing(vote("mine/1", "against", "alice", "g1", 0.6));
        assertEquals(1, against.utterances(), "alice's own utterances do not oppose her");
        assertEquals("1 utterance: other/1 by bob (0.30)", Share.describe(List.of(against)));
        assertTrue(against.weight() > 0.29 && against.weight() < 0.31);
    }
}
