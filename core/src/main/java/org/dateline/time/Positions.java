package org.dateline.time;

/**
 * A set of positions in a text, one bit each: the next or the last one in a range is found 64
 * positions at a time. Filled while the text is read, then asked. Not thread-safe.
 */
final class Positions {
    private final int length;
    private final long[] bits;

    Positions(int length) {
        this.length = length;
        this.bits = new long[(length + 63) >> 6];
    }

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
        long word = bits[block] & (-1L << i);
        while (true) {
            if (word != 0) {
                int p = (block << 6) + Long.numberOfTrailingZeros(word);
                return p < limit ? p : -1;
            }
            block++;
            if (block << 6 >= limit) {
                return -1;
            }
            word = bits[block];
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
        long word = bits[block] & (-1L >>> (63 - ((high - 1) & 63)));
        while (true) {
            if (word != 0) {
                int p = (block << 6) + 63 - Long.numberOfLeadingZeros(word);
                return p >= low ? p : -1;
            }
            block--;
            if (block < 0 || (block << 6) + 63 < low) {
                return -1;
            }
            word = bits[block];
        }
    }
}
