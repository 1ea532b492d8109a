package org.dateline.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The raw bytes of an article file: gunzipped when gzipped (by content, whatever the name), cut
 * at {@link #MAX_BYTES}, and checked to be text. Failures become an {@link ArticleException} with a
 * short reason.
 */
final class PageBytes {
    /**
     * The most bytes read from one article (after gunzipping). Real article pages are well under
     * 5 MB; a bigger file is read up to this cap and the article records that it was truncated,
     * which keeps memory and time per document bounded (a gzip bomb included).
     */
    static final int MAX_BYTES = 8 * 1024 * 1024;
    /** Eight bytes at once; the byte order does not matter for the test made on them. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The first buffer when the size is not known. */
    private static final int BUFFER = 64 * 1024;
    /** How much of the start is checked for signs of a binary file. */
    private static final int SNIFF = 64 * 1024;
    /** The largest file read into its thread's reused buffer; a bigger one gets an array of its own. */
    static final int REUSED_MAX = 1024 * 1024;
    /**
     * Each thread's buffer for the files it reads: one array used file after file, whose memory
     * stays in the cache, instead of a new one per file (9% of the bytes loading allocated).
     */
    private static final ThreadLocal<byte[][]> BUFFER_PER_THREAD = ThreadLocal.withInitial(() -> new byte[1][]);

    final byte[] bytes;
    final int length;
    final boolean cut;

    private PageBytes(byte[] bytes, int length, boolean cut) {
        this.bytes = bytes;
        this.length = length;
        this.cut = cut;
    }

    /**
     * The bytes of a file. Those of a file up to {@value #REUSED_MAX} bytes are in the thread's
     * reused buffer: they hold until the thread reads its next file.
     */
    static PageBytes read(Path file) throws ArticleException {
        // One open file and its size from it: each extra look at the file system is a system call.
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            int wanted = (int) Math.min(MAX_BYTES, channel.size() + 1);
            byte[] head = buffer(wanted);
            int n = readFully(channel, head, wanted);
            boolean gzip = n >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
            if (!gzip && n < wanted) {
                PageBytes page = new PageBytes(head, n, false); // the whole file
                page.checkText(false);
                return page;
            }
            // Gzipped, or bigger than its size said: go on as a stream from what is already read.
            InputStream raw = new SequenceInputStream(new ByteArrayInputStream(head, 0, n),
                    Channels.newInputStream(channel));
            try (InputStream in = gzip ? new GZIPInputStream(raw, 64 * 1024) : raw) {
                return of(in, gzip, gzip ? BUFFER : wanted);
            }
        } catch (ArticleException e) {
            throw e;
        } catch (IOException e) {
            // A folder opens but cannot be read: only on a failure is it worth asking the file system.
            if (Files.isDirectory(file)) {
                throw new ArticleException("is a folder, not an article file");
            }
            throw new ArticleException(reasonFor(e));
        }
    }

    private static String reasonFor(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (e instanceof ZipException || e instanceof java.io.EOFException) {
            return "damaged gzip data";
        }
        return "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** A buffer of at least {@code size} bytes: the thread's own when that is big enough to hold it. */
    private static byte[] buffer(int size) {
        if (size > REUSED_MAX) {
            return new byte[size];
        }
        byte[][] holder = BUFFER_PER_THREAD.get();
        if (holder[0] == null || holder[0].length < size) {
            holder[0] = new byte[Math.min(REUSED_MAX, Math.max(size, 64 * 1024))];
        }
        return holder[0];
    }

    /** Reads until {@code size} bytes are in or the file ends; returns how many bytes were read. */
    private static int readFully(SeekableByteChannel channel, byte[] buffer, int size) throws IOException {
        ByteBuffer into = ByteBuffer.wrap(buffer, 0, size);
        while (into.hasRemaining() && channel.read(into) >= 0) {
            // keep reading: a read may return fewer bytes than asked
        }
        return into.position();
    }

    /** Reads at most {@link #MAX_BYTES} from a stream and checks the result is text. */
    static PageBytes of(InputStream in, boolean gzip) throws IOException {
        return of(in, gzip, BUFFER);
    }

    private static PageBytes of(InputStream in, boolean gzip, int expectedSize) throws IOException {
        byte[] buf = new byte[Math.max(1, expectedSize)];
        int n = 0;
        boolean cut = false;
        while (true) {
            if (n == buf.length) {
                if (n == MAX_BYTES) {
                    cut = in.read() != -1;
                    break;
                }
                buf = Arrays.copyOf(buf, Math.min(MAX_BYTES, buf.length * 2));
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        PageBytes page = new PageBytes(buf, n, cut);
        page.checkText(gzip);
        return page;
    }

    private void checkText(boolean gzip) throws ArticleException {
        int start = 0;
        while (start < length && isBlank(bytes[start])) {
            start++;
        }
        if (start == length) {
            throw new ArticleException(length == 0 ? "empty file" : "empty file (only white space)");
        }
        if (length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return; // UTF-16 text is full of NUL bytes by design.
        }
        int end = Math.min(length, SNIFF);
        int control = 0;
        int i = 0;
        while (i < end) {
            // Eight bytes at a time while none is below a space (most of a page); byte by byte
            // through the eight that hold one (a line break, a NUL).
            while (i + Long.BYTES <= end && !hasByteBelowSpace((long) LONGS.get(bytes, i))) {
                i += Long.BYTES;
            }
            for (int stop = Math.min(end, i + Long.BYTES); i < stop; i++) {
                int c = bytes[i] & 0xFF;
                if (c == 0) {
                    throw new ArticleException(gzip ? "binary data inside gzip, not text" : "binary file, not text");
                }
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                    control++;
                }
            }
        }
        if (control * 20 > end) {
            throw new ArticleException("binary file, not text");
        }
    }

    /**
     * Whether one of eight bytes is below 0x20 (a control character or NUL): subtracting 0x20
     * from each borrows into the top bit only for those, bytes of 0x80 and up being masked out.
     */
    static boolean hasByteBelowSpace(long eightBytes) {
        return ((eightBytes - 0x2020202020202020L) & ~eightBytes & 0x8080808080808080L) != 0;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f';
    }
}
