import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code src/main/resources/org/claimskb/index/zh-traditional-simplified.txt}: every Han
 * character that ICU's {@code Traditional-Simplified} transliterator changes, with what it becomes.
 * The index folds Chinese with that table instead of building the transliterator, which costs
 * every process that analyses Chinese about a quarter of a second. {@code HanFoldingTest} checks
 * the table against ICU; when ICU changes, run this again:
 *
 * <pre>java -cp ~/.m2/repository/com/ibm/icu/icu4j/VERSION/icu4j-VERSION.jar src/build/GenerateHanFolding.java \
 *     src/main/resources/org/claimskb/index/zh-traditional-simplified.txt</pre>
 */
public final class GenerateHanFolding {
    public static void main(String[] args) throws IOException {
        Transliterator t = Transliterator.getInstance("Traditional-Simplified");
        var out = new StringBuilder("# Traditional -> Simplified Chinese, one character a line, a tab, what it folds to.\n"
                + "# Generated from ICU " + com.ibm.icu.util.VersionInfo.ICU_VERSION + " by src/build/GenerateHanFolding.java; do not edit.\n");
        int n = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.isValidCodePoint(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                String c = Character.toString(cp);
                String s = t.transliterate(c);
                if (!s.equals(c)) {
                    out.append(c).append('\t').append(s).append('\n');
                    n++;
                }
            }
        }
        Files.writeString(Path.of(args[0]), out, StandardCharsets.UTF_8);
        System.out.println(n + " characters fold");
    }
}
