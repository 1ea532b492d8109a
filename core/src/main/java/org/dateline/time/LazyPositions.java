package org.dateline.time;

/**
 * A set of positions in a text, worked out a block of 64 at a time the first time a query
 * reaches the block: what no query reaches is never looked at. Several sets can share one
 * {@link Finder}, which works out a block of all of them in one pass. Not thread-safe.
 */
final class LazyPositions {
    private static final int BLOCK = 64;

    /** Works out the positions of the sets sharing it, a block at a time, each block once. */
    abstract static class Finder {
        private final int length;
        private final long[] found; // a bit per block: worked out

        Finder(int length) {
            this.length = length;
            this.found = new long[(blocks(length) + BLOCK - 1) / BLOCK];
        }

        /** Adds the positions in [from, to) (and no others) to the sets. */
        abstract void find(int from, int to);

        private void ensure(int block) {
            if ((found[block >> 6] & 1L << block) == 0) {
                int from = block * BLOCK;
                find(from, Math.min(length, from + BLOCK));
                found[block >> 6] |= 1L << block;
            }
        }
    }

    private final int length;
    private final Finder finder;
    private final long[] bits;

    LazyPositions(int length, Finder finder) {
        this.length = length;
        this.finder = finder;
        this.bits = new long[blocks(length)];
    }

    private static int blocks(int length) {
        return (length + BLOCK - 1) / BLOCK;
    }

    /** Adds a position (by the finder, within the block it was asked for). */
    void add(int position) {
        bits[position >> 6] |= 1L << position;
    }

    /** The first position of the set in [i, before), or -1. */
    int next(int i, int before) {
        int limit = Math.min(before, length);
        if (i >= limit) {
            return -1;
        }
        int block = i >> 6;
        long word = block(block) & (-1L << i);
        while (true) {
            if (word != 0) {
                int p = (block << 6) + Long.numberOfTrailingZeros(word);
                return p < limit ? p : -1;
            }
            block++;
            if (block << 6 >= limit) {
                return -1;
            }
            word = block(block);
        }
    }

    /** The last position of the set in [lowest, before), or -1. */
    int last(int lowest, int before) {
        int low = Math.max(lowest, 0);
        int high = Math.min(before, length);
        if (high <= low) {
            return -1;
        }
        int block = (high - 1) >> 6;
        long word = block(block) & (-1L >>> (63 - ((high - 1) & 63)));
        while (true) {
            if (word != 0) {
                int p = (block << 6) + 63 - Long.numberOfLeadingZeros(word);
                return p >= low ? p : -1;
            }
            block--;
            if (block < 0 || (block << 6) + 63 < low) {
                return -1;
            }
            word = block(block);
        }
    }

    private long block(int block) {
        finder.ensure(block);
        return bits[block];
    }
}
