package org.dateline.plugin.load;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.dateline.ArticleEvents;
import org.dateline.Dateline;
import org.dateline.article.Article;
import org.dateline.article.ArticleException;
import org.dateline.article.ArticleLoader;
import org.jsoup.Connection;
import org.jsoup.HttpStatusException;
import org.jsoup.Jsoup;
import org.jsoup.UnsupportedMimeTypeException;

/**
 * Fetches one web page and reads it like a saved article. Only that page: no images, scripts or
 * frames are loaded. Bounded in every way a server could stall or flood us: connect and read
 * time, body size, number of redirects.
 */
public final class UrlFetcher {
    public static final int DEFAULT_TIMEOUT_MILLIS = 15_000;
    public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_REDIRECTS = 5;

    private final int timeoutMillis;
    private final int maxBytes;

    public UrlFetcher() {
        this(DEFAULT_TIMEOUT_MILLIS, DEFAULT_MAX_BYTES);
    }

    public UrlFetcher(int timeoutMillis, int maxBytes) {
        this.timeoutMillis = timeoutMillis;
        this.maxBytes = maxBytes;
    }

    /** A source for the loader. */
    public Source source(String address) {
        return new Source(address, () -> fetch(address));
    }

    /** Fetches {@code address} and extracts its events; fails with a one-line reason. */
    public ArticleEvents fetch(String address) throws ArticleException {
        String url = checked(address);
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                Connection.Response res = Jsoup.connect(url)
                        .timeout(timeoutMillis)
                        .maxBodySize(maxBytes + 1)
                        .followRedirects(false)
                        .userAgent("Dateline/0.1 (article reader)")
                        .execute();
                if (res.statusCode() >= 300 && res.statusCode() < 400 && res.hasHeader("Location")) {
                    url = checked(URI.create(url).resolve(res.header("Location")).toString());
                    continue;
                }
                String length = res.header("Content-Length");
                if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBytes) {
                    throw tooLarge();
                }
                byte[] body = res.bodyAsBytes();
                if (body.length > maxBytes) {
                    throw tooLarge();
                }
                Article article = ArticleLoader.fromHtml(res.body(), address);
                return Dateline.events(article);
            }
            throw new ArticleException("more than " + MAX_REDIRECTS + " redirects");
        } catch (ArticleException e) {
            throw e;
        } catch (HttpStatusException e) {
            throw new ArticleException("the server answered HTTP " + e.getStatusCode());
        } catch (UnsupportedMimeTypeException e) {
            throw new ArticleException("not a web page (" + e.getMimeType() + ")");
        } catch (java.io.InterruptedIOException e) {
            // SocketTimeoutException and jsoup's own "request timed out" both land here.
            throw new ArticleException("no answer within " + timeoutMillis / 1000.0 + " s");
        } catch (java.net.UnknownHostException e) {
            throw new ArticleException("unknown host " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            if (String.valueOf(e.getMessage()).contains("timed out")) {
                throw new ArticleException("no answer within " + timeoutMillis / 1000.0 + " s");
            }
            throw new ArticleException("cannot fetch: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private ArticleException tooLarge() {
        return new ArticleException("the page is larger than " + maxBytes / 1024 + " KB");
    }

    private static String checked(String address) throws ArticleException {
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            throw new ArticleException("not a web address: " + address);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new ArticleException("only http and https addresses can be opened: " + address);
        }
        return uri.toString();
    }
}
