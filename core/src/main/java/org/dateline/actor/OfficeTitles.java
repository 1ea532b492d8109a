package org.dateline.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.text.RuleFile;
import org.dateline.text.Token;

/**
 * Titles of office that name a person ({@code offices.txt}): which title a name is written with
 * ("Prime Minister Fumio Kishida", "Olaf Scholz, Germany's chancellor,"), and where "the
 * <title>" is written ("the prime minister said"), so that the one can refer back to the other.
 */
public final class OfficeTitles {
    /** A title as written, and the title it stands for ("head of state" is "president"). */
    private record Title(String written, String[] words, String office, Pattern apposition) {
    }

    // How far before a name its title may start: "Japanese Prime Minister " is 24 characters.
    private static final int BEFORE_CHARS = 40;
    // How far after a name an apposition naming its title may reach: ", Britain's prime minister,".
    private static final int AFTER_CHARS = 60;

    private static final Pattern OF_COUNTRY = Pattern.compile("\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?$");

    private final List<Title> titles = new ArrayList<>(); // longest first
    private final List<String> problems = new ArrayList<>();

    OfficeTitles(List<RuleFile.Line> lines) {
        for (RuleFile.Line line : lines) {
            String[] parts = line.text().split("=", 2);
            String written = parts[0].strip().toLowerCase(Locale.ROOT);
            String office = parts.length == 2 ? parts[1].strip().toLowerCase(Locale.ROOT) : written;
            if (written.isEmpty() || office.isEmpty()) {
                problems.add(line.problem("no title: " + line.text()));
                continue;
            }
            // ", the British prime minister,", ", Russia's foreign minister.": up to three words
            // before the title, and the apposition closes after it (not ", President of Ukraine X")
            Pattern apposition = Pattern.compile("^,\\s+(?:the\\s+)?(?:[\\p{L}.'’-]+\\s+){0,3}?"
                    + Pattern.quote(written) + "\\s*[,.;]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            titles.add(new Title(written, written.split(" "), office, apposition));
        }
        titles.sort(Comparator.comparingInt((Title t) -> t.words().length).reversed());
    }

    /** The rules of {@code offices.txt}. */
    public static OfficeTitles standard() {
        return new OfficeTitles(RuleFile.resource(OfficeTitles.class, "offices.txt"));
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * The office of the name at [start, end) of the text, as its title says right before it or
     * in an apposition right after it; null when neither does.
     */
    String officeOf(String text, int start, int end) {
        int before = start;
        while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == ',')) {
            before--; // "Germany's chancellor, Olaf Scholz"
        }
        Matcher ofCountry = OF_COUNTRY.matcher(text).region(Math.max(0, before - BEFORE_CHARS), before);
        if (ofCountry.find()) {
            before = ofCountry.start(); // "President of Ukraine Volodymyr Zelenskyy"
        }
        for (Title t : titles) {
            int at = before - t.written().length();
            if (at >= Math.max(0, start - BEFORE_CHARS) && text.regionMatches(true, at, t.written(), 0, t.written().length())
                    && (at == 0 || !Character.isLetter(text.charAt(at - 1)))) {
                return t.office();
            }
        }
        if (end < text.length() && text.charAt(end) == ',') {
            String after = text.substring(end, Math.min(text.length(), end + AFTER_CHARS));
            for (Title t : titles) {
                Matcher m = t.apposition().matcher(after);
                if (m.find()) {
                    return t.office();
                }
            }
        }
        return null;
    }

    /**
     * A title written after "the": the office it names, the token after it, and whether it is
     * capitalised ("the Prime Minister", as official pages write of their own principal).
     */
    record Written(String office, int end, boolean capitalised) {
    }

    /**
     * "the <title>" at token {@code the} ("the prime minister"); null when no title follows
     * "the", or a name or "of" follows the title ("the president of France" names its country,
     * "the president, Joe Biden" its holder: not a person named before).
     */
    Written titleAfter(List<Token> tokens, int the, int to) {
        for (Title t : titles) {
            int end = the + 1 + t.words().length;
            if (end > to) {
                continue;
            }
            boolean all = true;
            for (int w = 0; w < t.words().length && all; w++) {
                all = tokens.get(the + 1 + w).norm().equals(t.words()[w]);
            }
            if (all) {
                boolean namedAfter = end < to && (tokens.get(end).norm().equals("of")
                        || Character.isUpperCase(tokens.get(end).text().charAt(0)));
                boolean capitalised = Character.isUpperCase(tokens.get(the + 1).text().charAt(0));
                return namedAfter ? null : new Written(t.office(), end, capitalised);
            }
        }
        return null;
    }
}
