package org.claimskb.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Kebab-case ids ({@code [a-z0-9][a-z0-9-]*}) from free text, without transliterating CJK. */
final class Ids {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Ids() {}

    /** ASCII letters and digits of the text, lower-cased, words joined by hyphens; accents dropped. */
    static String slug(String text, int maxWords) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        ascii = ascii.replace("'", "").replace("’", "");
        var sb = new StringBuilder();
        int words = 0;
        for (String w : ascii.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (words == maxWords) {
                break;
            }
            if (!sb.isEmpty()) {
                sb.append('-');
            }
            sb.append(w);
            words++;
        }
        return sb.length() > 60 ? sb.substring(0, 60).replaceAll("-+$", "") : sb.toString();
    }

    /** Whether the text's letters are mostly ASCII, so that a slug of it names it well. */
    static boolean mostlyAscii(String text) {
        long ascii = text.chars().filter(c -> c < 128 && Character.isLetterOrDigit(c)).count();
        long all = text.codePoints().filter(Character::isLetterOrDigit).count();
        return all > 0 && ascii * 2 >= all;
    }

    /** A short stable hash of the text, for ids of names that have no ASCII form. */
    static String shortHash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Letters and digits only, lower-cased: "Patrick O'Shaughnessy", "patrick-oshaughnessy" and "PatrickOShaughnessy" agree. */
    static String nameKey(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = Normalizer.normalize(n, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return n.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The name without middle initials ({@code Cristiano R. Amon} is {@code Cristiano Amon}), for matching. */
    static String withoutInitials(String name) {
        return name.replaceAll("(?<=\\S)\\s+\\p{Lu}\\.?(?=\\s+\\p{Lu})", "");
    }

    static boolean valid(String id) {
        return ID.matcher(id).matches();
    }
}
