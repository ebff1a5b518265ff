package org.claimskb.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimskb.model.PartialDate;

/**
 * Dates in the forms people and blog engines write them. A date-time keeps the calendar date as
 * written in its own offset ({@code 2025-12-22T22:02:21+08:00} is 2025-12-22): that is the day
 * the author saw, and converting to UTC would move evening posts in Asia to the previous day.
 */
final class DateForms {
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (Month m : Month.values()) {
            MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
            MONTHS.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
        }
        MONTHS.put("sept", 9);
    }

    // 2024-12-09, 2024/12/09, 2024.12.09, optionally followed by a time and zone (ignored).
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\d)(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:Z|[+-]\\d{2}:?\\d{2}|[A-Z]{2,5})?)?(?!\\d)");
    // 2024年12月9日, 2024年12月
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号號])?");
    // December 9, 2024 / Dec 9 2024 / 9 December 2024 / December 2024
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b([A-Za-z]{3,9})\\.?\\s+(\\d{4})\\b");

    private DateForms() {}

    /** A whole value that should be a date (a front-matter field); empty when it is not one. */
    static Optional<PartialDate> parseValue(String value) {
        String v = value.strip();
        if (v.matches("\\d{4}")) {
            return PartialDate.parse(v);
        }
        return find(v);
    }

    /** The first date written anywhere in the text. */
    static Optional<PartialDate> find(String text) {
        Optional<PartialDate> best = Optional.empty();
        int bestAt = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {NUMERIC, CJK, MONTH_DAY_YEAR, DAY_MONTH_YEAR, MONTH_YEAR}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.start() >= bestAt) {
                    break;
                }
                Optional<PartialDate> d = toDate(p, m);
                if (d.isPresent()) {
                    best = d;
                    bestAt = m.start();
                    break;
                }
            }
        }
        return best;
    }

    private static Optional<PartialDate> toDate(Pattern p, Matcher m) {
        try {
            if (p == NUMERIC || p == CJK) {
                return of(Integer.parseInt(m.group(1)), Integer.valueOf(m.group(2)),
                        m.group(3) == null ? null : Integer.valueOf(m.group(3)));
            }
            if (p == MONTH_DAY_YEAR) {
                Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
                return month == null ? Optional.empty()
                        : of(Integer.parseInt(m.group(3)), month, Integer.valueOf(m.group(2)));
            }
            if (p == DAY_MONTH_YEAR) {
                Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                return month == null ? Optional.empty()
                        : of(Integer.parseInt(m.group(3)), month, Integer.valueOf(m.group(1)));
            }
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            return month == null ? Optional.empty() : of(Integer.parseInt(m.group(2)), month, null);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<PartialDate> of(int year, Integer month, Integer day) {
        if (year < 1900 || year > 2200) {
            return Optional.empty();
        }
        try {
            if (day != null) {
                LocalDate.of(year, month, day);
            }
            return Optional.of(new PartialDate(year, month, day));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
