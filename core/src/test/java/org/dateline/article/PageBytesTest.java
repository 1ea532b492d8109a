package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class PageBytesTest {
    private static long eight(int... bytes) {
        ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        for (int x : bytes) {
            b.put((byte) x);
        }
        return b.getLong(0);
    }

    @Test
    void findsAByteBelowSpaceAmongEight() {
        assertThat(PageBytes.hasByteBelowSpace(eight('<', 'p', '>', 'K', 'y', 'i', 'v', ' '))).isFalse();
        assertThat(PageBytes.hasByteBelowSpace(eight(0xC3, 0xA9, 0xFF, 0x80, 0x20, 0x7F, 'a', 'b'))).isFalse();
        for (int at = 0; at < 8; at++) {
            for (int low : new int[] {0, '\n', 0x1F, 0x01}) {
                int[] bytes = {'a', 0xE2, 0x80, 0x94, ' ', 'z', 0x21, 0xFF};
                bytes[at] = low;
                assertThat(PageBytes.hasByteBelowSpace(eight(bytes))).as("%d at %d", low, at).isTrue();
            }
        }
    }

    @Test
    void everyByteValueIsToldApart() {
        for (int v = 0; v < 256; v++) {
            long repeated = eight(v, v, v, v, v, v, v, v);
            long alone = eight('a', 'a', 'a', v, 'a', 'a', 'a', 'a');
            assertThat(PageBytes.hasByteBelowSpace(repeated)).as("%d", v).isEqualTo(v < 0x20);
            assertThat(PageBytes.hasByteBelowSpace(alone)).as("%d", v).isEqualTo(v < 0x20);
        }
    }

    @Test
    void aFileReadAfterALongerOneIsOnlyItsOwnBytes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path longer = dir.resolve("a.html");
        java.nio.file.Path shorter = dir.resolve("b.html");
        java.nio.file.Files.writeString(longer, "<p>" + "x".repeat(100_000) + "</p>");
        java.nio.file.Files.writeString(shorter, "<p>Kyiv</p>");
        assertThat(PageBytes.read(longer).length).isEqualTo(100_007);
        PageBytes page = PageBytes.read(shorter);
        assertThat(new String(page.bytes, 0, page.length, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("<p>Kyiv</p>");
        assertThat(page.cut).isFalse();
    }

    @Test
    void aFileOverTheReusedBufferGetsAnArrayOfItsOwn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path big = dir.resolve("big.html");
        java.nio.file.Files.writeString(big, "<p>" + "y".repeat(PageBytes.REUSED_MAX) + "</p>");
        PageBytes page = PageBytes.read(big);
        assertThat(page.length).isEqualTo(PageBytes.REUSED_MAX + 7);
        assertThat(page.bytes[page.length - 1]).isEqualTo((byte) '>');
    }
}
