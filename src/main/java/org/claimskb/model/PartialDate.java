package org.claimskb.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day ({@code 2027}, {@code 2025-12},
 * {@code 2025-12-09}), as fact files write them. It covers the interval {@link #start()} to
 * {@link #end()}, which is what overlap and due-date checks compare.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    public PartialDate {
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month + " is not 1..12");
        }
        if (day != null) {
            if (month == null) {
                throw new IllegalArgumentException("a day needs a month");
            }
            LocalDate.of(year, month, day); // throws on 2025-02-30
        }
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when it is none of them. */
    public static Optional<PartialDate> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            return Optional.of(new PartialDate(year, month, day));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The first day the date covers. */
    public LocalDate start() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day the date covers: {@code 2027} ends on 2027-12-31. */
    public LocalDate end() {
        if (month == null) {
            return LocalDate.of(year, 12, 31);
        }
        return day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    /** Whether the two intervals share at least one day. */
    public boolean overlaps(PartialDate other) {
        return !end().isBefore(other.start()) && !other.end().isBefore(start());
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : end().compareTo(o.end());
    }

    /** The fact-file spelling, as precise as it was written. */
    @Override
    public String toString() {
        if (month == null) {
            return String.format("%04d", year);
        }
        return day == null ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }
}
