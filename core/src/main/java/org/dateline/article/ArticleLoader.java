package org.dateline.article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.text.MainTextExtractor;
import org.dateline.text.MainTextReading;
import org.dateline.text.PlainTextCleaner;
import org.jsoup.nodes.Document;

/**
 * Reads a saved page or a plain-text article into an {@link Article}. Never touches the network.
 *
 * <p>Files: gzipped ones are read transparently (whatever their name); the charset comes from a
 * byte order mark, the page's declaration (checked against the bytes) or the bytes themselves
 * ({@link PageDecoder}); files over {@value PageBytes#MAX_BYTES} bytes are cut there, with a
 * problem recorded. {@code .txt} files are plain text, {@code .html}/{@code .htm} are HTML, and
 * any other name is HTML when it starts with a tag. Empty, binary and unreadable files fail with
 * an {@link ArticleException} whose message is the reason.
 */
public final class ArticleLoader {
    private ArticleLoader() {
    }

    /** Reads a file: HTML (also .gz) or plain text, decided by name and content. */
    public static Article load(Path file) throws IOException {
        PageBytes bytes = PageBytes.read(file);
        PageDecoder.Decoded decoded = PageDecoder.decode(bytes.bytes, bytes.length, bytes.cut);
        String content = decoded.text();
        if (content.isBlank()) {
            throw new ArticleException("empty file");
        }
        List<String> problems = new ArrayList<>(decoded.problems());
        if (bytes.cut) {
            problems.add("truncated: only the first " + PageBytes.MAX_BYTES / (1024 * 1024) + " MB were read");
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return isPlainText(name, content)
                ? fromText(content, name, problems)
                : fromHtml(content, name, problems);
    }

    /** Reads an HTML page held in a string. */
    public static Article fromHtml(String html, String source) {
        return fromHtml(html, source, new ArrayList<>());
    }

    /** Reads a plain-text article held in a string. */
    public static Article fromText(String text, String source) {
        return fromText(text, source, new ArrayList<>());
    }

    private static Article fromHtml(String html, String source, List<String> problems) {
        html = capped(html, problems);
        Document page = PageParser.parse(html);
        // One walk of the page: the elements title and date look up, and the main text's blocks.
        MainTextReading reading = MainTextExtractor.standard().reading(page);
        PageElements elements = PageElements.of(page, reading);
        String title = TitleFinder.find(page, elements);
        PublicationDate published = PublicationDateFinder.fromHtml(page, elements).orElse(null);
        String text = reading.text(elements.scripts);
        if (text.isEmpty()) {
            problems.add("no main text found");
        }
        return article(source, title, text, published, problems);
    }

    private static Article fromText(String text, String source, List<String> problems) {
        text = capped(text, problems);
        PlainTextHead head = PlainTextHead.of(text, PlainTextCleaner.paragraphs(text));
        String title = head.title();
        List<String> paragraphs = head.body();
        String body = String.join("\n\n", PlainTextCleaner.standard().clean(paragraphs));
        if (body.isEmpty()) {
            problems.add("no main text found");
        }
        PublicationDate published = PublicationDateFinder.fromText(text).orElse(null);
        return article(source, title, body, published, problems);
    }

    private static Article article(String source, String title, String text, PublicationDate published,
                                   List<String> problems) {
        if (published == null) {
            problems.add("no publication date found");
        }
        return new Article(source, title, text, published, problems);
    }

    private static String capped(String content, List<String> problems) {
        if (content.length() <= PageBytes.MAX_BYTES) {
            return content;
        }
        problems.add("truncated: only the first " + PageBytes.MAX_BYTES / (1024 * 1024) + " M characters were read");
        return content.substring(0, PageBytes.MAX_BYTES);
    }

    private static boolean isPlainText(String name, String content) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".txt")) {
            return true;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return false;
        }
        return !content.stripLeading().startsWith("<");
    }
}
