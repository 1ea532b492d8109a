package org.dateline.plugin.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.ArticleEvents;
import org.dateline.article.ArticleException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Open URL against a server on the loopback interface: nothing leaves the machine. */
class UrlFetcherTest {
    private static final String PAGE = "<html><head><title>Kyiv under fire</title></head><body><article>"
            + "<p>Russian forces shelled Kyiv on Thursday, officials said.</p></article>"
            + "<img src='/image.png'><script src='/script.js'></script></body></html>";

    private HttpServer server;
    private final AtomicInteger otherRequests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/article", ex -> send(ex, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/slow", ex -> {
            sleep(3000);
            send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/huge", ex -> send(ex, 200, "text/html", new byte[3 * 1024 * 1024]));
        server.createContext("/moved", ex -> redirect(ex, "/article"));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/missing", ex -> send(ex, 404, "text/html", "gone".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/pdf", ex -> send(ex, 200, "application/pdf", new byte[] {'%', 'P', 'D', 'F'}));
        server.createContext("/", ex -> {
            otherRequests.incrementAndGet();
            send(ex, 404, "text/plain", new byte[0]);
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        } catch (IOException ignored) {
            // the client gave up, as it should for /slow and /huge
        }
    }

    private static void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().set("Location", to);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void fetchesOnePageAndReadsItLikeASavedFile() throws Exception {
        ArticleEvents a = new UrlFetcher(2000, 1024 * 1024).fetch(url("/article"));
        assertThat(a.article().title()).isEqualTo("Kyiv under fire");
        assertThat(a.article().text()).contains("Russian forces shelled Kyiv");
        assertThat(a.article().source()).isEqualTo(url("/article"));
        // The image and the script were not requested.
        assertThat(otherRequests.get()).isZero();
    }

    @Test
    void followsAFewRedirectsButNotALoop() throws Exception {
        assertThat(new UrlFetcher(2000, 1024 * 1024).fetch(url("/moved")).article().title()).isEqualTo("Kyiv under fire");
        assertThatThrownBy(() -> new UrlFetcher(2000, 1024 * 1024).fetch(url("/loop")))
                .isInstanceOf(ArticleException.class).hasMessage("more than 5 redirects");
    }

    @Test
    void givesUpOnASlowServer() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> new UrlFetcher(500, 1024 * 1024).fetch(url("/slow")))
                .isInstanceOf(ArticleException.class).hasMessageContaining("no answer within 0.5 s");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2500);
    }

    @Test
    void refusesAPageLargerThanTheCap() {
        assertThatThrownBy(() -> new UrlFetcher(5000, 1024 * 1024).fetch(url("/huge")))
                .isInstanceOf(ArticleException.class).hasMessage("the page is larger than 1024 KB");
    }

    @Test
    void reportsHttpErrorsAndOtherContentInOneLine() {
        UrlFetcher f = new UrlFetcher(2000, 1024 * 1024);
        assertThatThrownBy(() -> f.fetch(url("/missing"))).hasMessage("the server answered HTTP 404");
        assertThatThrownBy(() -> f.fetch(url("/pdf"))).hasMessageContaining("not a web page (application/pdf)");
        assertThatThrownBy(() -> f.fetch("file:///etc/passwd")).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> f.fetch("not a url")).isInstanceOf(ArticleException.class);
    }
}
