package org.claimskb.units;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The unit table. Look-ups ignore case and surrounding space; aliases map to one canonical unit. */
public final class Units {
    private static final Map<String, Unit> TABLE = new LinkedHashMap<>();

    static {
        // mass, base kg
        add("mass", 1, "kg", "kilogram", "kilograms");
        add("mass", 0.001, "g", "gram", "grams");
        add("mass", 1000, "t", "tonne", "tonnes", "metric-ton", "metric ton", "metric tons");
        add("mass", 0.45359237, "lb", "lbs", "pound", "pounds");
        add("mass", 907.18474, "short-ton", "short ton", "short tons", "ton", "tons");
        // power, base W
        add("power", 1, "W", "watt", "watts");
        add("power", 1e3, "kW", "kilowatt", "kilowatts");
        add("power", 1e6, "MW", "megawatt", "megawatts");
        add("power", 1e9, "GW", "gigawatt", "gigawatts");
        // energy, base Wh
        add("energy", 1, "Wh");
        add("energy", 1e3, "kWh");
        add("energy", 1e6, "MWh");
        add("energy", 1e9, "GWh");
        add("energy", 1e12, "TWh");
        // money: one dimension per currency, since no exchange rate is assumed
        for (String cur : new String[] {"USD", "EUR", "JPY", "CNY", "TWD", "ILS", "GBP"}) {
            String dim = "money:" + cur;
            add(dim, 1, cur);
            add(dim, 1e3, cur + "-K", cur + "K", cur + " K", cur + " thousand");
            add(dim, 1e6, cur + "-M", cur + "M", cur + " M", cur + " million", cur + "-mn", cur + " mn");
            add(dim, 1e9, cur + "-B", cur + "B", cur + " B", cur + " billion", cur + "-bn", cur + " bn");
            add(dim, 1e12, cur + "-T", cur + "T", cur + " T", cur + " trillion", cur + "-tn", cur + " tn");
        }
        add("money:USD", 1, "$", "dollar", "dollars", "us$");
        add("money:USD", 1e3, "$K", "$k");
        add("money:USD", 1e6, "$M", "$mm", "$mn");
        add("money:USD", 1e9, "$B", "$bn");
        add("money:USD", 1e12, "$T", "$tn");
        // shares and ratios
        add("percent", 1, "%", "percent", "pct");
        add("percentage-points", 1, "pp", "percentage points", "percentage-points");
        add("ratio", 1, "x", "times", "multiple");
        // counts
        add("count", 1, "count", "units", "unit");
        add("count", 1e3, "thousand", "K-count");
        add("count", 1e6, "million", "M-count");
        add("count", 1e9, "billion", "B-count");
        // time, base s
        add("time", 1, "s", "sec", "second", "seconds");
        add("time", 60, "min", "minute", "minutes");
        add("time", 3600, "h", "hr", "hour", "hours");
        add("time", 86400, "day", "days");
        add("time", 7 * 86400, "week", "weeks");
        add("time", 30.436875 * 86400, "month", "months");
        add("time", 365.2425 * 86400, "year", "years", "yr");
        // length, base m
        add("length", 1e-9, "nm", "nanometer", "nanometers");
        add("length", 1e-3, "mm");
        add("length", 1, "m", "meter", "meters");
        add("length", 1e3, "km");
        // data, base byte; bandwidth, base byte per second
        add("data", 1e9, "GB");
        add("data", 1e12, "TB");
        add("data", 1e15, "PB");
        add("bandwidth", 1e9, "GB/s");
        add("bandwidth", 1e12, "TB/s");
        // compute rate, base FLOP/s
        add("compute", 1, "FLOPS");
        add("compute", 1e12, "TFLOPS");
        add("compute", 1e15, "PFLOPS");
        add("compute", 1e18, "EFLOPS");
        // voltage
        add("voltage", 1, "V", "volt", "volts");
    }

    private Units() {}

    private static void add(String dimension, double toBase, String symbol, String... aliases) {
        Unit unit = new Unit(symbol, dimension, toBase);
        TABLE.putIfAbsent(key(symbol), unit);
        for (String alias : aliases) {
            TABLE.putIfAbsent(key(alias), unit);
        }
    }

    private static String key(String spelling) {
        return spelling.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The unit for a spelling. An unknown spelling (a plain noun like {@code homes}) is a
     * dimension of its own, so it compares only with itself.
     */
    public static Unit of(String spelling) {
        Unit known = TABLE.get(key(spelling));
        return known != null ? known : new Unit(spelling.strip(), "unit:" + key(spelling), 1);
    }

    /** Whether the spelling is in the table (rather than a dimension of its own). */
    public static boolean known(String spelling) {
        return TABLE.containsKey(key(spelling));
    }

    /** Whether values in the two spellings can be compared. */
    public static boolean convertible(String a, String b) {
        return of(a).convertibleTo(of(b));
    }

    /** Converts a value between two spellings; throws when they measure different things. */
    public static double convert(double value, String from, String to) {
        return of(from).convert(value, of(to));
    }

    /** A value in its dimension's base unit (kg, W, USD, ...). */
    public static double toBase(double value, String spelling) {
        return value * of(spelling).toBase();
    }
}
