package org.dateline.time;

import java.util.List;

/**
 * The named parts of a rule's pattern and how the text of each is normalised, worked out once
 * when the rule loads instead of from the part's name at every match: by its base name
 * ("month2" is normalised as "month"), through the table of that name when there is one.
 */
final class Parts {
    private enum Kind { YEAR, DAY, NUMBER, PADDED, TABLE, TEXT }

    private final List<String> names;
    private final Kind[] kinds;
    private final String[] tableNames; // the table of a TABLE part

    Parts(List<String> names, Tables tables) {
        this.names = List.copyOf(names);
        kinds = new Kind[names.size()];
        tableNames = new String[names.size()];
        for (int i = 0; i < kinds.length; i++) {
            String base = withoutTrailingDigits(names.get(i));
            kinds[i] = switch (base) {
                case "year" -> Kind.YEAR;
                case "day" -> Kind.DAY;
                case "num" -> Kind.NUMBER;
                case "hour", "minute" -> Kind.PADDED;
                default -> tables.hasTable(base) ? Kind.TABLE : Kind.TEXT;
            };
            tableNames[i] = base;
        }
    }

    /** The names, in the order of the pattern. */
    List<String> names() {
        return names;
    }

    /** The index of the part of that name, or -1. */
    int indexOf(String name) {
        return names.indexOf(name);
    }

    /** The text of part {@code i} normalised; null when it cannot be. */
    String normalise(int i, String text, Tables tables) {
        return switch (kinds[i]) {
            case YEAR -> Numbers.year(text);
            case DAY -> pad(Numbers.ordinal(text, tables));
            case NUMBER -> Numbers.number(text, tables);
            case PADDED -> pad(text);
            case TABLE -> tables.lookup(tableNames[i], text);
            case TEXT -> text.strip();
        };
    }

    // "month2" -> "month": a part is normalised through the table of its base name.
    private static String withoutTrailingDigits(String name) {
        int end = name.length();
        while (end > 0 && name.charAt(end - 1) >= '0' && name.charAt(end - 1) <= '9') {
            end--;
        }
        return name.substring(0, end);
    }

    private static String pad(String digits) {
        if (digits == null) {
            return null;
        }
        return digits.length() == 1 ? "0" + digits : digits;
    }
}
