package org.dateline.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dateline.text.RuleFile;
import org.dateline.text.Token;

/**
 * Titles of office that name a person ({@code offices.txt}): which title a name is written with
 * ("Prime Minister Fumio Kishida", "Olaf Scholz, Germany's chancellor,"), and where "the
 * <title>" is written ("the prime minister said"), so that the one can refer back to the other.
 */
public final class OfficeTitles {
    /**
     * A title as written and in words, the office it stands for ("head of state" is "president"),
     * and the pattern of an apposition that names it.
     */
    private record Title(String written, String[] words, String office, Pattern apposition) {
    }

    // How far before a name its title may start: "Japanese Prime Minister " is 24 characters.
    private static final int BEFORE_CHARS = 40;
    // How far after a name an apposition naming its title may reach: ", Britain's prime minister,".
    private static final int AFTER_CHARS = 60;
    // Words of an apposition a title may end ("the British prime minister": the "the", three
    // words, then the title's last word)
    private static final int APPOSITION_WORDS = 7;

    private final List<Title> titles = new ArrayList<>(); // longest first
    private final Map<String, List<Title>> byFirstWord = new HashMap<>(); // longest first
    private final List<String> lastWords = new ArrayList<>(); // of the titles, lower case
    private String lastWordInitials = ""; // their first letters, to pass over most words at a glance
    private int shortestLastWord = Integer.MAX_VALUE;
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
            String[] words = written.split(" ");
            titles.add(new Title(written, words, office, apposition));
            String last = words[words.length - 1];
            if (!lastWords.contains(last)) {
                lastWords.add(last);
                lastWordInitials += last.charAt(0);
                shortestLastWord = Math.min(shortestLastWord, last.length());
            }
        }
        titles.sort(Comparator.comparingInt((Title t) -> t.words().length).reversed());
        for (Title t : titles) {
            byFirstWord.computeIfAbsent(t.words()[0], w -> new ArrayList<>()).add(t);
        }
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
        int limit = Math.max(0, start - BEFORE_CHARS);
        int before = trimmedBack(text, start);
        String office = titleEndingAt(text, before, limit);
        if (office == null) {
            int of = ofCountry(text, before, limit); // "President of Ukraine Volodymyr Zelenskyy"
            office = of < 0 ? null : titleEndingAt(text, trimmedBack(text, of), limit);
        }
        if (office == null && end < text.length() && text.charAt(end) == ',') {
            office = inApposition(text, end);
        }
        return office;
    }

    // Back from i over spaces and commas ("Germany's chancellor, Olaf Scholz").
    private static int trimmedBack(String text, int i) {
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == ',')) {
            i--;
        }
        return i;
    }

    // The office of the title ending at 'at' and starting at 'limit' or later, or null. Most
    // names have no title before them: the word before is checked against the titles' last
    // words first, without a copy.
    private String titleEndingAt(String text, int at, int limit) {
        int wordStart = at;
        while (wordStart > limit && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '-')) {
            wordStart--;
        }
        if (wordStart == at || !isLastWord(text, wordStart, at)) {
            return null;
        }
        for (Title t : titles) {
            int from = at - t.written().length();
            if (from >= limit && text.regionMatches(true, from, t.written(), 0, t.written().length())
                    && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
                return t.office();
            }
        }
        return null;
    }

    private boolean isLastWord(String text, int from, int to) {
        if (to - from < shortestLastWord || lastWordInitials.indexOf(Character.toLowerCase(text.charAt(from))) < 0) {
            return false;
        }
        for (String w : lastWords) {
            if (w.length() == to - from && text.regionMatches(true, from, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    // Where " of <Country>" ends at 'at' ("of Ukraine", "of the United States": up to three
    // capitalised words), the index of the space before "of"; else -1.
    private static int ofCountry(String text, int at, int limit) {
        int i = at;
        for (int words = 0; words < 3; words++) {
            int wordStart = i;
            while (wordStart > limit && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
                wordStart--;
            }
            if (wordStart == i || !Character.isUpperCase(text.charAt(wordStart))) {
                return -1;
            }
            i = wordStart;
            if (i - 1 <= limit || text.charAt(i - 1) != ' ') {
                return -1;
            }
            int space = i - 1;
            if (endsWithWord(text, space, "the", limit)) {
                space -= 4;
            }
            if (endsWithWord(text, space, "of", limit)) {
                return space - 3;
            }
            i = space;
        }
        return -1;
    }

    // Whether " <word>" ends at 'at' (the word, lower case, with a space before it).
    private static boolean endsWithWord(String text, int at, String word, int limit) {
        int from = at - word.length();
        return from - 1 >= limit && text.regionMatches(from, word, 0, word.length()) && text.charAt(from - 1) == ' ';
    }

    // ", the British prime minister,": the title of an apposition after the name, or null; the
    // patterns run only where a title's last word is among the next words.
    private String inApposition(String text, int comma) {
        int stop = Math.min(text.length(), comma + AFTER_CHARS);
        int words = 0;
        for (int i = comma + 1; i < stop && words < APPOSITION_WORDS; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '.' || c == ';' || c == '(') {
                return null; // the apposition ends before any title
            }
            if (Character.isLetter(c) && !Character.isLetter(text.charAt(i - 1))) {
                int j = i;
                while (j < stop && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
                    j++;
                }
                words++;
                String office = isLastWord(text, i, j) ? titleInApposition(text, comma, stop, text.substring(i, j)) : null;
                if (office != null) {
                    return office;
                }
                i = j;
            }
        }
        return null;
    }

    // The title ending in that word that the apposition after the comma holds, or null.
    private String titleInApposition(String text, int comma, int stop, String lastWord) {
        String after = null;
        for (Title t : titles) {
            if (t.words()[t.words().length - 1].equalsIgnoreCase(lastWord)) {
                after = after == null ? text.substring(comma, stop) : after;
                if (t.apposition().matcher(after).find()) {
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
        List<Title> starting = the + 1 < to ? byFirstWord.get(tokens.get(the + 1).norm()) : null;
        if (starting == null) {
            return null; // most words after "the" begin no title
        }
        for (Title t : starting) {
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
