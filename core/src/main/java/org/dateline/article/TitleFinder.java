package org.dateline.article;

import java.util.Locale;
import org.dateline.text.Ascii;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's headline: {@code og:title}, else {@code twitter:title}, else the first
 * {@code <h1>}, else {@code <title>}, with a site name such as " - Site Name" or "Site | " cut off.
 */
final class TitleFinder {
    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "};
    /** A trailing part this short (in words) after a separator is taken for a site name. */
    private static final int SITE_NAME_WORDS = 4;


    private TitleFinder() {
    }

    static String find(Document page) {
        return find(page, PageElements.of(page));
    }

    static String find(Document page, PageElements elements) {
        String siteName = "";
        String title = "";
        String twitter = "";
        // One look at the metas instead of a query per property.
        for (Element m : elements.metas) {
            String key = m.hasAttr("property") ? m.attr("property") : m.attr("name");
            switch (key.toLowerCase(Locale.ROOT)) {
                case "og:site_name" -> siteName = normalise(m.attr("content"));
                case "og:title" -> title = title.isEmpty() ? normalise(m.attr("content")) : title;
                case "twitter:title" -> twitter = normalise(m.attr("content"));
                default -> { }
            }
        }
        if (title.isEmpty()) {
            title = twitter;
        }
        if (title.isEmpty()) {
            Element h1 = elements.firstH1;
            title = h1 == null ? "" : h1.text();
        }
        if (title.isEmpty()) {
            title = page.title();
        }
        return stripSiteName(normalise(title), siteName);
    }

    /** "Headline - Site Name" becomes "Headline"; so do "Site Name | Headline" and the like. */
    static String stripSiteName(String title, String siteName) {
        String site = siteName.toLowerCase(Locale.ROOT);
        for (int round = 0; round < 2; round++) {
            String before = title;
            for (String sep : SEPARATORS) {
                int last = title.lastIndexOf(sep);
                if (last > 0) {
                    String tail = title.substring(last + sep.length()).trim();
                    String head = title.substring(0, last).trim();
                    if (!site.isEmpty() && tail.toLowerCase(Locale.ROOT).equals(site)
                            || site.isEmpty() && words(tail) <= SITE_NAME_WORDS && words(head) > words(tail)) {
                        title = head;
                        break;
                    }
                }
                int first = title.indexOf(sep);
                if (first > 0 && !site.isEmpty()
                        && title.substring(0, first).trim().toLowerCase(Locale.ROOT).equals(site)) {
                    title = title.substring(first + sep.length()).trim();
                    break;
                }
            }
            if (title.equals(before)) {
                break;
            }
        }
        return title;
    }

    /**
     * Runs of white space ({@code \s}: space, tab, line breaks) become one space, then the ends
     * are trimmed; by a scan that copies nothing when there is nothing to change.
     */
    static String normalise(String s) {
        int n = s.length();
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!Ascii.isRegexSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && Ascii.isRegexSpace(s.charAt(end))) {
                end++;
            }
            if (out == null && (end - i > 1 || c != ' ')) {
                out = new StringBuilder(n).append(s, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end - 1;
        }
        return (out == null ? s : out.toString()).trim();
    }

    /** How many words {@code \s+} splits the trimmed text into (none when it is blank). */
    static int words(String s) {
        if (s.isBlank()) {
            return 0;
        }
        String t = s.trim();
        int words = 1;
        for (int i = 0; i < t.length(); i++) {
            if (Ascii.isRegexSpace(t.charAt(i)) && !Ascii.isRegexSpace(t.charAt(i - 1))) {
                words++; // a run of white space starts: one more word after it (the text does not end in one)
            }
        }
        return words;
    }
}
