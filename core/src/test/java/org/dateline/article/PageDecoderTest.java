package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String TEXT = "Kyiv’s “red lines”: Zelenskyy, Poroshenko — and Müller’s café";

    private static PageDecoder.Decoded decode(byte[] bytes) {
        return PageDecoder.decode(bytes, bytes.length, false);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @Test
    void byteOrderMarksWin() {
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(decode(utf8).text()).isEqualTo(TEXT);
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertThat(decode(utf16).text()).isEqualTo(TEXT);
        assertThat(decode(utf16).charset()).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void metaCharsetIsRead() {
        String page = "<html><head><meta charset=\"windows-1252\"></head><body><p>" + TEXT + "</p>";
        PageDecoder.Decoded d = decode(page.getBytes(CP1252));
        assertThat(d.text()).contains(TEXT);
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void httpEquivContentTypeIsRead() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\">"
                + "</head><body><p>Москва и Киев</p>";
        assertThat(decode(page.getBytes(Charset.forName("KOI8-R"))).text()).contains("Москва и Киев");
    }

    @Test
    void isoLatin1PagesUseTheWindows1252QuotesTheyReallyHold() {
        // Such pages put 0x93/0x94 (curly quotes in windows-1252) where ISO-8859-1 has control codes.
        String page = "<meta http-equiv='content-type' content='text/html; charset=ISO-8859-1'><p>" + TEXT;
        PageDecoder.Decoded d = decode(page.getBytes(CP1252));
        assertThat(d.text()).contains(TEXT);
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void undeclaredBytesAreDetected() {
        assertThat(decode(("<p>" + TEXT).getBytes(StandardCharsets.UTF_8)).text()).contains(TEXT);
        assertThat(decode(("<p>" + TEXT).getBytes(StandardCharsets.UTF_8)).problems()).isEmpty();
        PageDecoder.Decoded latin = decode(("<p>" + TEXT).getBytes(CP1252));
        assertThat(latin.text()).contains(TEXT);
        assertThat(latin.problems()).containsExactly("charset guessed: windows-1252");
    }

    @Test
    void declaredUtf8ThatIsNotUtf8IsReadAsWindows1252() {
        String page = "<meta charset=utf-8><p>" + TEXT + " " + TEXT;
        PageDecoder.Decoded d = decode(page.getBytes(CP1252));
        assertThat(d.text()).contains(TEXT);
        assertThat(d.charset()).isEqualTo(CP1252);
        assertThat(d.problems()).containsExactly("declared UTF-8 but is not; read as windows-1252");
    }

    @Test
    void aFewBadBytesInAUtf8PageAreReplaced() {
        String good = ("<meta charset=utf-8><p>" + TEXT + "</p>").repeat(5);
        byte[] bytes = concat(good.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x93, 'x'});
        PageDecoder.Decoded d = decode(bytes);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).contains(TEXT);
        assertThat(d.problems()).containsExactly("1 bytes are not valid UTF-8; replaced");
    }

    @Test
    void declaredLatin1ThatIsUtf8IsReadAsUtf8() {
        String page = "<meta charset=iso-8859-1><p>" + TEXT;
        PageDecoder.Decoded d = decode(page.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).contains(TEXT);
        assertThat(d.problems()).containsExactly("declared iso-8859-1 but is UTF-8; read as UTF-8");
    }

    @Test
    void unknownCharsetFallsBackToDetection() {
        String page = "<meta charset=no-such-charset><p>" + TEXT;
        PageDecoder.Decoded d = decode(page.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).contains(TEXT);
        assertThat(d.problems()).containsExactly("unknown charset \"no-such-charset\" declared; detected instead");
    }

    @Test
    void aCharacterCutAtTheEndOfATruncatedFileIsNoEvidence() {
        byte[] bytes = ("<p>" + TEXT).getBytes(StandardCharsets.UTF_8);
        int cut = bytes.length - 1; // inside the final "é"
        assertThat(PageDecoder.decode(bytes, cut, true).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void countsUtf8SequencesAndBadBytesWhereverTheyFall() {
        for (int at = 0; at < 20; at++) {
            byte[] good = ("x".repeat(at) + "é" + "y".repeat(19 - at)).getBytes(StandardCharsets.UTF_8);
            assertThat(PageDecoder.Utf8Check.of(good, good.length, false))
                    .as("é at %d", at).isEqualTo(new PageDecoder.Utf8Check(1, 0));
            byte[] bad = good.clone();
            bad[at + 1] = 'z'; // the lead byte of é is left alone, without its continuation
            assertThat(PageDecoder.Utf8Check.of(bad, bad.length, false))
                    .as("bad byte at %d", at).isEqualTo(new PageDecoder.Utf8Check(0, 1));
        }
        byte[] ascii = "plain ASCII text of some length".getBytes(StandardCharsets.US_ASCII);
        assertThat(PageDecoder.Utf8Check.of(ascii, 13, false)).isEqualTo(new PageDecoder.Utf8Check(0, 0));
    }

    @Test
    void theDeclarationIsReadFromTheBytesAsIso88591() {
        byte[] page = ("<?xml version='1.0' encoding='ISO-8859-2'?><html>").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(PageDecoder.declaredCharset(page, page.length)).isEqualTo("ISO-8859-2");
        byte[] meta = "<p>caf\u00E9</p><META\n http-equiv=Content-Type content='text/html; charset = koi8-r'>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(PageDecoder.declaredCharset(meta, meta.length)).isEqualTo("koi8-r");
        assertThat(PageDecoder.declaredCharset(meta, 20)).isNull(); // only the bytes given are read
        byte[] none = "<\u00CDmeta charset=utf-8><metadata>".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(PageDecoder.declaredCharset(none, none.length)).isNull();
    }

    @Test
    void latin1CharactersAreTheBytes() {
        byte[] bytes = "a\u00E9<b".getBytes(StandardCharsets.ISO_8859_1);
        PageDecoder.Latin1 chars = new PageDecoder.Latin1(bytes, 3);
        assertThat(chars.length()).isEqualTo(3);
        assertThat(chars.charAt(1)).isEqualTo('\u00E9');
        assertThat(chars.toString()).isEqualTo("a\u00E9<");
        assertThat(chars.subSequence(1, 3).toString()).isEqualTo("\u00E9<");
        assertThat(chars.indexOf('<', 0)).isEqualTo(2);
        assertThat(chars.indexOf('b', 0)).isEqualTo(-1); // past the length
        assertThat(chars.startsWithIgnoringAsciiCase(0, "a")).isTrue();
        assertThat(chars.startsWithIgnoringAsciiCase(2, "<b")).isFalse();
    }
}
