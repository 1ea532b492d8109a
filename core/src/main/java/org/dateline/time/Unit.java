package org.dateline.time;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Calendar and clock units: the granularity of a point and the unit of a duration. */
enum Unit {
    SECOND("S", true), MINUTE("M", true), HOUR("H", true), DAY("D", false), WEEKEND("WE", false),
    WEEK("W", false), MONTH("M", false), QUARTER("Q", false), HALF("H", false),
    YEAR("Y", false), DECADE("DE", false), CENTURY("CE", false);

    /** The letter(s) of this unit in a TIMEX3 duration (P3D, PT3H). */
    final String durationCode;
    /** Clock units follow the T in a duration (PT3H). */
    final boolean clock;

    Unit(String durationCode, boolean clock) {
        this.durationCode = durationCode;
        this.clock = clock;
    }

    // Looked up, not valueOf: a name that is no unit ("unit", a part) is common, and the
    // exception valueOf throws for it cost more than the rest of a value's normalisation.
    private static final Map<String, Unit> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Unit::name, u -> u));
    // The usual spelling, a table's value ("day"): found without a copy in upper case.
    private static final Map<String, Unit> BY_LOWER_CASE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(u -> u.name().toLowerCase(Locale.ROOT), u -> u));

    /** The unit named in a rule ("day", "Year"), or null. */
    static Unit named(String name) {
        Unit unit = BY_LOWER_CASE_NAME.get(name);
        return unit != null ? unit : BY_NAME.get(name.trim().toUpperCase(Locale.ROOT));
    }

    /** A TIMEX3 duration of n units: P3D, PT3H, PXY when n is unknown ("X"). */
    String duration(String n) {
        // TIMEX3 writes decades and centuries in years: P20Y for "two decades".
        if ((this == DECADE || this == CENTURY) && n.matches("\\d+")) {
            return "P" + Long.parseLong(n) * (this == DECADE ? 10 : 100) + "Y";
        }
        return (clock ? "PT" : "P") + n + durationCode;
    }
}
