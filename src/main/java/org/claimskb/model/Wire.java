package org.claimskb.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An enum constant with the spelling used in fact files and JSON ({@code calls-disingenuous}). */
public interface Wire {
    String name();

    /** The fact-file spelling: lower case, words joined by hyphens. */
    default String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Finds the constant whose fact-file spelling is {@code text}. */
    static <E extends Enum<E> & Wire> Optional<E> parse(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.wire().equals(text)).findFirst();
    }

    /** All fact-file spellings of an enum, in declaration order. */
    static <E extends Enum<E> & Wire> java.util.List<String> spellings(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Wire::wire).toList();
    }
}
