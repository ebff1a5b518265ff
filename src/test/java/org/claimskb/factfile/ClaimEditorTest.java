package org.claimskb.factfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.claimskb.factfile.ClaimEditor.Field;
import org.junit.jupiter.api.Test;

/** Surgical edits: only the changed values move. */
class ClaimEditorTest {
    private static final String FILE = """
            source: {id: s, kind: transcript, date: 2026, speakers: [a]}
            claims:
              - id: one   # 🚀 a rocket before the edit shifts code points
                speaker: a
                kind: opinion
                text: |
                  A block
                  scalar 😀
                status: draft

              - id: two
                speaker: a
                kind: opinion
                text: "two"
            """;

    @Test
    void editsAfterAstralCharactersAndBlockScalarsLandInPlace() throws Exception {
        String accepted = ClaimEditor.apply("claims/s.yaml", FILE, "one", new ClaimEditor.Accept());
        assertEquals(FILE.replace("status: draft", "status: reviewed"), accepted);
        String due = ClaimEditor.apply("claims/s.yaml", FILE, "two",
                new ClaimEditor.Change(Map.of(Field.DUE, new ClaimEditor.Scalar("2027-12-31"))));
        assertEquals(FILE + "    due: 2027-12-31\n", due.endsWith("\n") ? due : due + "\n");
        String text = ClaimEditor.apply("claims/s.yaml", FILE, "one",
                new ClaimEditor.Change(Map.of(Field.TEXT, new ClaimEditor.Scalar("One line 😀"))));
        assertEquals(FILE.replace("|\n      A block\n      scalar 😀\n", "\"One line 😀\"\n"), text);
    }

    @Test
    void rejectRemovesTheItemsLines() throws Exception {
        String rejected = ClaimEditor.apply("claims/s.yaml", FILE, "two", new ClaimEditor.Reject());
        assertEquals(FILE.substring(0, FILE.indexOf("  - id: two")), rejected);
        String onlyOne = ClaimEditor.apply("claims/s.yaml", rejected, "one", new ClaimEditor.Reject());
        assertEquals("source: {id: s, kind: transcript, date: 2026, speakers: [a]}\nclaims: []\n\n", onlyOne);
    }

    @Test
    void scalarsAreQuotedOnlyWhenYamlWouldMisreadThem() {
        assertEquals("plain words, no trouble", ClaimEditor.scalar("plain words, no trouble").replace("\"", ""));
        assertEquals("2027", ClaimEditor.scalar("2027"));
        assertEquals("\"yes\"", ClaimEditor.scalar("yes"));
        assertEquals("\"a: b\"", ClaimEditor.scalar("a: b"));
        assertEquals("\"# no\"", ClaimEditor.scalar("# no"));
        assertEquals("\"say \\\"hi\\\"\"", ClaimEditor.scalar("say \"hi\""));
    }

    @Test
    void unknownClaimsAndJsonFilesAreRefusedInWords() {
        assertThrows(ClaimEditor.EditException.class, () -> ClaimEditor.apply("claims/s.yaml", FILE, "three", new ClaimEditor.Accept()));
        assertThrows(ClaimEditor.EditException.class, () -> ClaimEditor.apply("claims/s.json", "{}", "one", new ClaimEditor.Accept()));
    }
}
