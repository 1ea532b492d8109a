package org.dateline.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The {@code articleBody} a page states in its JSON-LD metadata, as a set of words: the
 * publisher's own word on which text is the article. Only used when long enough to be the whole
 * article rather than a teaser.
 */
final class JsonLdBody {
    /** Shorter bodies are teasers or paywall stubs: no evidence about the rest of the page. */
    static final int MIN_LETTERS = 500;
    private static final String KEY = "\"articleBody\"";

    private final Set<String> pairs;
    private final int wordCount;

    private JsonLdBody(String text) {
        List<String> list = wordList(text);
        this.pairs = new HashSet<>(pairs(list));
        this.wordCount = list.size();
    }

    /** Pairs of neighbouring words: single words are too common to tell texts apart. */
    private static List<String> pairs(List<String> words) {
        List<String> out = new ArrayList<>(Math.max(0, words.size() - 1));
        for (int i = 0; i + 1 < words.size(); i++) {
            out.add(words.get(i) + ' ' + words.get(i + 1));
        }
        return out;
    }

    /** How many words the article body has. */
    int words() {
        return wordCount;
    }

    /** The JSON-LD article body in a page's scripts, or null when it has none worth using. */
    static JsonLdBody of(List<Element> scripts) {
        String best = longest(scripts, false);
        if (best.length() < MIN_LETTERS) {
            return null;
        }
        // Some publishers put HTML, or entities, inside the JSON string.
        return new JsonLdBody(Jsoup.parseBodyFragment(best).text());
    }

    /**
     * The paragraphs of the JSON-LD article body, for a page whose markup holds no article text
     * (an app's shell that scripts fill in): split at its line breaks, or at its own paragraphs
     * when it holds HTML; empty when it has none worth using.
     */
    static List<String> paragraphs(List<Element> scripts) {
        String best = longest(scripts, true);
        if (best.length() < MIN_LETTERS) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (best.contains("<p")) {
            for (Element p : Jsoup.parseBodyFragment(best).select("p")) {
                addText(out, p.text());
            }
        } else {
            for (String line : best.split("\n")) {
                addText(out, Jsoup.parseBodyFragment(line).text());
            }
        }
        return out;
    }

    private static void addText(List<String> out, String text) {
        String t = text.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    // The longest articleBody of the page's JSON-LD scripts, its line breaks kept or made spaces.
    private static String longest(List<Element> scripts, boolean keepBreaks) {
        String best = "";
        for (Element script : scripts) {
            if (!script.attr("type").equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            String json = script.data();
            int at = json.indexOf(KEY);
            while (at >= 0) {
                String body = stringAt(json, at + KEY.length(), keepBreaks);
                if (body.length() > best.length()) {
                    best = body;
                }
                at = json.indexOf(KEY, at + KEY.length());
            }
        }
        return best;
    }

    /** The share of a text's word pairs that occur in the article body. */
    double coverage(String text) {
        int all = 0;
        int found = 0;
        for (String w : pairs(wordList(text))) {
            all++;
            if (pairs.contains(w)) {
                found++;
            }
        }
        return all == 0 ? 0 : (double) found / all;
    }

    /**
     * Reads the JSON string value after a key, by hand: no regex, no recursion. keepBreaks: "\n"
     * stays a line break (paragraphs), else every control escape is a space.
     */
    private static String stringAt(String json, int from, boolean keepBreaks) {
        int i = from;
        while (i < json.length() && (Character.isWhitespace(json.charAt(i)) || json.charAt(i) == ':')) {
            i++;
        }
        if (i >= json.length() || json.charAt(i) != '"') {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (i++; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\' || i + 1 >= json.length()) {
                out.append(c);
                continue;
            }
            char e = json.charAt(++i);
            switch (e) {
                case 'n' -> out.append(keepBreaks ? '\n' : ' ');
                case 'r', 't', 'f', 'b' -> out.append(' ');
                case 'u' -> {
                    if (i + 4 < json.length()) {
                        try {
                            out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                        } catch (NumberFormatException bad) {
                            out.append(' ');
                        }
                        i += 4;
                    }
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    private static List<String> wordList(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }
}
