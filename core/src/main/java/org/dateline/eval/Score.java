package org.dateline.eval;

/**
 * Counts of matched (true positive), spurious (false positive) and missed (false negative)
 * events, and the figures derived from them. Adding scores gives the micro-average.
 */
public record Score(int truePositives, int falsePositives, int falseNegatives) {
    public static final Score ZERO = new Score(0, 0, 0);

    public Score plus(Score other) {
        return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    /** Matched over predicted; 0 when nothing was predicted. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Matched over gold; 0 when gold is empty. */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
