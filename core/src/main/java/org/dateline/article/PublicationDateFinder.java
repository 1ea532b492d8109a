package org.dateline.article;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.text.PlainTextCleaner;
import org.dateline.text.RuleFile;
import org.dateline.text.TextRules;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds when an article was published, from page metadata or byline and dateline text, in the
 * order {@code publication-date.rules} gives. Never reads dates out of scripts other than
 * JSON-LD, and never guesses: no evidence means no date.
 */
public final class PublicationDateFinder {
    static final String RULES_RESOURCE = "publication-date.rules";

    /** One line of publication-date.rules. */
    record Rule(String kind, String argument) {
    }

    private static final List<String> KINDS = List.of("meta", "jsonld", "itemprop", "class", "time", "byline", "url");
    private static final List<Rule> RULES = loadRules();

    // Where a page keeps the byline; boxes that hold other stories' dates are skipped.
    private static final Keywords BYLINE_HINT = new Keywords(
            "byline", "dateline", "date", "time", "publish", "posted", "meta", "timestamp", "article-info",
            "story-info", "author");
    private static final Keywords ELSEWHERE = new Keywords(
            "comment", "related", "recommend", "mostread", "most-read", "popular", "trending", "more-stories",
            "see-also", "sidebar", "newsletter", "promo", "footer", "teaser", "card", "widget", "also-read",
            "read-more");
    /** A byline, with any lines joined to it (share links, reading time), is no longer than this. */
    static final int BYLINE_MAX_CHARS = 240;
    private static final int LEAD_CHARS = 800;
    private static final int TEXT_HEAD_LINES = 8;
    private static final int BYLINE_MAX_OTHER_WORDS = 5;
    private static final Pattern BYLINE_MARKER = Pattern.compile(
            "(?:^|[-–—|·]\\s*)[Bb]y\\s+\\p{Lu}|\\||·|(?i)\\b(?:published|posted|updated|filed)\\b");

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern NOT_LETTER_OR_SPACE = Pattern.compile("[^\\p{L}\\s]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PublicationDateFinder() {
    }

    /** From a whole page: metadata first, then byline text. */
    public static Optional<PublicationDate> fromHtml(Document page) {
        return fromHtml(page, PageElements.of(page));
    }

    /** From a whole page whose elements are already collected. */
    static Optional<PublicationDate> fromHtml(Document page, PageElements elements) {
        // Parsed once per page, not once per rule.
        MetaNames metas = null;
        JsonLdBlocks jsonLd = null;
        Elsewhere elsewhere = new Elsewhere();
        for (Rule rule : RULES) {
            Optional<PublicationDate> found = switch (rule.kind()) {
                case "meta" -> meta(metas == null ? (metas = new MetaNames(elements.metasWithContent)) : metas,
                        rule.argument());
                case "jsonld" -> jsonLd(jsonLd == null ? (jsonLd = new JsonLdBlocks(elements.jsonLdScripts)) : jsonLd,
                        rule.argument());
                case "itemprop" -> itemprop(elements, rule.argument());
                case "class" -> ofClass(elements, rule.argument());
                case "time" -> time(elements, elsewhere);
                case "byline" -> byline(page, elements, elsewhere);
                case "url" -> url(page, metas == null ? (metas = new MetaNames(elements.metasWithContent)) : metas);
                default -> Optional.empty();
            };
            if (found.isPresent()) {
                return Optional.of(localDay(found.get(), page, elements, elsewhere));
            }
        }
        return Optional.empty();
    }

    /**
     * An evening article of a site west of Greenwich is stamped with the next day in UTC
     * ("2023-09-14T00:15:00+00:00" for "September 13, 2023, 8:15pm ET"). Its byline's day, the
     * day before, is the one its text counts "on Wednesday" from: that is taken when the page
     * has such an early UTC stamp of the day found and the byline shows the day before.
     */
    private static PublicationDate localDay(PublicationDate found, Document page, PageElements elements,
                                            Elsewhere elsewhere) {
        if (found.method().startsWith("byline") || !stampedEarlyInUtc(elements, found.date())) {
            return found;
        }
        Optional<PublicationDate> shown = byline(page, elements, elsewhere);
        return shown.isPresent() && shown.get().date().equals(found.date().minusDays(1))
                ? new PublicationDate(shown.get().date(), "byline text (" + found.method() + " is a day later in UTC)")
                : found;
    }

    // Whether a date meta or JSON-LD block stamps the day before 06:00 UTC.
    private static boolean stampedEarlyInUtc(PageElements elements, LocalDate day) {
        String wanted = day.toString();
        for (Element meta : elements.metasWithContent) {
            if (stampsEarlyInUtc(meta.attr("content"), wanted)) {
                return true;
            }
        }
        for (Element script : elements.jsonLdScripts) {
            if (stampsEarlyInUtc(script.data(), wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean stampsEarlyInUtc(String value, String day) {
        Matcher m = EARLY_IN_UTC.matcher(value);
        while (m.find()) {
            if (m.group(1).equals(day)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern EARLY_IN_UTC = Pattern.compile(
            "(\\d{4}-\\d\\d-\\d\\d)T0[0-5]:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?(?:Z|\\+00:?00)");

    /** From a plain-text article: a byline or dateline among its first lines. */
    public static Optional<PublicationDate> fromText(String text) {
        // Only the first lines are read: split lazily, not the whole text (nor a stripped copy of it).
        int from = PlainText.firstNonBlank(text);
        int to = PlainText.endOfLastNonBlank(text);
        Matcher lineBreak = LINE_BREAK.matcher(text).region(from, Math.max(from, to));
        int seen = 0;
        int start = from;
        boolean last = false;
        while (!last) {
            last = !lineBreak.find();
            int end = last ? Math.max(from, to) : lineBreak.start();
            String l = text.substring(start, end).strip();
            start = last ? end : lineBreak.end();
            if (l.isEmpty()) {
                continue;
            }
            // a menu or a ticker above the headline is not counted, on one line or a link a line
            boolean site = PlainText.isSiteLine(l);
            if (!site && !PlainTextCleaner.isMenuItem(l) && ++seen > TEXT_HEAD_LINES) {
                break;
            }
            Optional<LocalDate> d = bylineDate(l);
            if (d.isPresent()) {
                return Optional.of(new PublicationDate(d.get(), "byline text"));
            }
            Optional<PublicationDate> dateline = dateline(l, () -> text);
            if (dateline.isPresent()) {
                return dateline;
            }
            if (l.length() > BYLINE_MAX_CHARS && !site && !TextRules.standard().isBoilerplate(l)) {
                break; // the body has begun (not a cookie notice above it): dates from here on are about events
            }
        }
        return Optional.empty();
    }

    /**
     * The date of a line of plain text that is a byline: a short line that is mostly its date, or
     * says it is one ("By Lena Hartmann | March 22, 2014", "Published May 25, 2025, 11:35 p.m. ET").
     */
    static Optional<LocalDate> bylineDate(String line) {
        if (line.length() > BYLINE_MAX_CHARS || !looksLikeByline(line)) {
            return Optional.empty();
        }
        return DateText.publishedIn(line);
    }

    private static boolean looksLikeByline(String line) {
        if (BYLINE_MARKER.matcher(line).find()) {
            return true;
        }
        String rest = NOT_LETTER_OR_SPACE.matcher(DateText.withoutDates(line)).replaceAll(" ").strip();
        return rest.isEmpty() || SPACES.split(rest).length <= BYLINE_MAX_OTHER_WORDS;
    }

    private static Optional<PublicationDate> meta(MetaNames metas, String name) {
        for (Element meta : metas.named(name)) {
            Optional<LocalDate> d = DateText.parseValue(meta.attr("content"));
            if (d.isPresent()) {
                return Optional.of(new PublicationDate(d.get(), "meta " + name));
            }
        }
        return Optional.empty();
    }

    // "/2022/02/24/" in an article's address: many sites file articles by their day
    private static final Pattern DATED_PATH = Pattern.compile("/((?:19|20)\\d\\d)/([01]\\d)/([0-3]\\d)(?:/|$)");

    /** The day in the page's canonical address (link rel=canonical, else og:url). */
    private static Optional<PublicationDate> url(Document page, MetaNames metas) {
        Element canonical = page.head() == null ? null : page.head().selectFirst("link[rel=canonical][href]");
        List<String> addresses = new ArrayList<>();
        if (canonical != null) {
            addresses.add(canonical.attr("href"));
        }
        metas.named("og:url").forEach(m -> addresses.add(m.attr("content")));
        for (String address : addresses) {
            Matcher m = DATED_PATH.matcher(address);
            if (m.find()) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                    return Optional.of(new PublicationDate(d, "address " + address));
                } catch (java.time.DateTimeException e) {
                    // "/2022/13/40/" is no day: try the next address
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<PublicationDate> itemprop(PageElements elements, String name) {
        for (Element e : elements.withItemprop(name)) {
            if (e.nameIs("meta")) {
                continue; // the meta rules read those
            }
            Optional<LocalDate> d = dateIn(e, "datetime", "content");
            if (d.isPresent()) {
                return Optional.of(new PublicationDate(d.get(), "itemprop " + name));
            }
        }
        return Optional.empty();
    }

    private static Optional<PublicationDate> ofClass(PageElements elements, String name) {
        for (Element e : elements.ofClass(name)) {
            Optional<LocalDate> d = dateIn(e, "datetime", "title", "content");
            if (d.isPresent()) {
                return Optional.of(new PublicationDate(d.get(), "class " + name));
            }
        }
        return Optional.empty();
    }

    // The date in the first of the attributes the element has, else in its text.
    private static Optional<LocalDate> dateIn(Element e, String... attributes) {
        for (String a : attributes) {
            if (e.hasAttr(a)) {
                return DateText.parseValue(e.attr(a));
            }
        }
        return DateText.parseValue(e.text());
    }

    private static Optional<PublicationDate> jsonLd(JsonLdBlocks blocks, String field) {
        for (JsonElement json : blocks.thatMayHold(field)) {
            Optional<LocalDate> d = findField(json, field, 0, true);
            if (d.isEmpty()) {
                d = findField(json, field, 0, false);
            }
            if (d.isPresent()) {
                return Optional.of(new PublicationDate(d.get(), "json-ld " + field));
            }
        }
        return Optional.empty();
    }

    // Depth-first through objects, arrays and @graph. With articlesOnly, only objects typed as
    // an article: a @graph may list the web page or the site, with dates of their own, first.
    private static Optional<LocalDate> findField(JsonElement json, String field, int depth, boolean articlesOnly) {
        if (depth > 8 || json == null) {
            return Optional.empty();
        }
        if (json.isJsonArray()) {
            for (JsonElement e : (JsonArray) json) {
                Optional<LocalDate> d = findField(e, field, depth + 1, articlesOnly);
                if (d.isPresent()) {
                    return d;
                }
            }
        } else if (json.isJsonObject()) {
            JsonObject o = json.getAsJsonObject();
            JsonElement value = o.get(field);
            if (value != null && value.isJsonPrimitive() && (!articlesOnly || isArticle(o))) {
                Optional<LocalDate> d = DateText.parseValue(value.getAsString());
                if (d.isPresent()) {
                    return d;
                }
            }
            for (var entry : o.entrySet()) {
                if (entry.getValue().isJsonObject() || entry.getValue().isJsonArray()) {
                    Optional<LocalDate> d = findField(entry.getValue(), field, depth + 1, articlesOnly);
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
        }
        return Optional.empty();
    }

    // "NewsArticle", "ReportageNewsArticle", "BlogPosting", ["Article", "NewsArticle"]...
    private static boolean isArticle(JsonObject o) {
        JsonElement type = o.get("@type");
        if (type == null) {
            return false;
        }
        List<JsonElement> types = new ArrayList<>();
        if (type.isJsonArray()) {
            type.getAsJsonArray().forEach(types::add);
        } else {
            types.add(type);
        }
        for (JsonElement t : types) {
            if (t.isJsonPrimitive() && ARTICLE_TYPE.matcher(t.getAsString()).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern ARTICLE_TYPE = Pattern.compile("Article$|Posting$|^Report$");

    private static Optional<PublicationDate> time(PageElements elements, Elsewhere elsewhere) {
        Element best = null;
        for (Element t : elements.timesWithDatetime) {
            if (elsewhere.test(t)) {
                continue;
            }
            boolean marked = t.hasAttr("pubdate") || t.attr("class").toLowerCase(Locale.ROOT).contains("publish");
            if (marked) {
                best = t;
                break;
            }
            if (best == null) {
                best = t;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return DateText.parseValue(best.attr("datetime")).map(d -> new PublicationDate(d, "time datetime"));
    }

    private static Optional<PublicationDate> byline(Document page, PageElements elements, Elsewhere elsewhere) {
        for (Element e : elements.bodyElementsWithAttributes) { // no class, no id: no hint
            String hint = e.className() + " " + e.id();
            if (!BYLINE_HINT.foundIn(hint) || elsewhere.test(e)) {
                continue;
            }
            if (TextLength.surelyLongerThan(e, BYLINE_MAX_CHARS)) {
                continue; // a box around much more than a byline: its text is not built
            }
            String text = e.text();
            if (text.isEmpty() || text.length() > BYLINE_MAX_CHARS) {
                continue;
            }
            Optional<LocalDate> d = DateText.publishedIn(text);
            if (d.isPresent()) {
                return Optional.of(new PublicationDate(d.get(), "byline text"));
            }
        }
        // No marked byline: the text right under the headline, or a dateline opening the story.
        Element h1 = elements.firstH1;
        if (h1 != null) {
            StringBuilder lead = new StringBuilder();
            for (Element next = h1.nextElementSibling(); next != null && lead.length() < LEAD_CHARS;
                    next = next.nextElementSibling()) {
                if (!elsewhere.test(next)) {
                    String t = next.text();
                    if (t.length() <= BYLINE_MAX_CHARS) {
                        Optional<LocalDate> d = DateText.publishedIn(t);
                        if (d.isPresent()) {
                            return Optional.of(new PublicationDate(d.get(), "byline text"));
                        }
                    }
                    lead.append(t).append('\n');
                }
            }
        }
        // The whole text is only read for a dateline without a year, which most pages lack.
        Supplier<String> bodyText = memoized(() -> page.body() == null ? "" : page.body().text());
        for (Element p : elements.paragraphs) {
            if (elsewhere.test(p)) {
                continue;
            }
            Optional<PublicationDate> d = dateline(p.text(), bodyText);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<PublicationDate> dateline(String paragraph, Supplier<String> wholeText) {
        Optional<DateText.Dateline> dateline = DateText.dateline(paragraph); // its pattern run once
        if (dateline.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt hint = dateline.get().year().isEmpty()
                ? DateText.yearFor(dateline.get().month(), wholeText.get(), LocalDate.now().getYear())
                : OptionalInt.empty();
        String method = hint.isPresent() ? "dateline text (year from the article)" : "dateline text";
        return dateline.get().date(hint).map(d -> new PublicationDate(d, method));
    }

    /**
     * Whether elements sit in a box of other stories (comments, related links, sidebars...), an
     * aside, a footer or a nav. Answers are remembered per page: a page's paragraphs share their
     * ancestors, which are then looked at once, not once per paragraph.
     */
    private static final class Elsewhere {
        private final Map<Element, Boolean> known = new IdentityHashMap<>();

        boolean test(Element e) {
            // Up to the first ancestor already known or elsewhere itself; the answer holds for the path.
            List<Element> path = new ArrayList<>();
            boolean answer = false;
            for (Element a = e; a != null; a = a.parent()) {
                Boolean k = known.get(a);
                if (k != null) {
                    answer = k;
                    break;
                }
                path.add(a);
                if (isElsewhereItself(a)) {
                    answer = true;
                    break;
                }
            }
            for (Element a : path) {
                known.put(a, answer);
            }
            return answer;
        }

        private static boolean isElsewhereItself(Element a) {
            return a.nameIs("aside") || a.nameIs("footer") || a.nameIs("nav")
                    || a.attributesSize() > 0 && ELSEWHERE.foundIn(a.className() + " " + a.id());
        }
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    static List<Rule> rules() {
        return RULES;
    }

    private static List<Rule> loadRules() {
        List<Rule> out = new ArrayList<>();
        for (RuleFile.Line line : RuleFile.resource(PublicationDateFinder.class, RULES_RESOURCE)) {
            if (line.fields().size() != 2 || !KINDS.contains(line.field(0)) || line.field(1).isEmpty()) {
                throw new IllegalStateException(line.problem("expected '" + String.join("|", KINDS) + " | ARGUMENT'"));
            }
            out.add(new Rule(line.field(0), line.field(1)));
        }
        return List.copyOf(out);
    }
}
