package org.claimskb.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.claimskb.factfile.Quote;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values read in plain words: a bad value says what was expected and what was found, never
 * a Java type or parser message (cli.md v2). Registered on the whole command tree.
 */
final class Values {
    private Values() {}

    static void register(CommandLine cli) {
        cli.registerConverter(LocalDate.class, Values::date);
        cli.registerConverter(Integer.class, Values::wholeNumber);
        cli.registerConverter(Integer.TYPE, Values::wholeNumber);
        cli.registerConverter(Double.class, Values::number);
        cli.registerConverter(Double.TYPE, Values::number);
    }

    static LocalDate date(String value) {
        String v = value.strip();
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new TypeConversionException(Quote.of(value) + " is not a day of the calendar (month 01-12, "
                        + "day within the month); expected a date like 2026-12-01");
            }
            throw new TypeConversionException("expected a date like 2026-12-01 (year-month-day), found "
                    + Quote.of(value));
        }
    }

    static Integer wholeNumber(String value) {
        String v = value.strip();
        if (!v.matches("[+-]?\\d+")) {
            throw new TypeConversionException("expected a whole number like 20, found " + Quote.of(value));
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new TypeConversionException(Quote.of(value) + " is too large a number");
        }
    }

    static Double number(String value) {
        String v = value.strip();
        if (!v.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new TypeConversionException("expected a number like 0.5, found " + Quote.of(value));
        }
        return Double.valueOf(v);
    }

    /** A number as the user would write it: 7 rather than 7.0, at most three decimals. */
    static String plain(double x) {
        String s = String.format(Locale.ROOT, "%.3f", x).replaceFirst("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

}
