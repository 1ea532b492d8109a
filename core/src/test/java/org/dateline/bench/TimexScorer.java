package org.dateline.bench;

import java.util.List;
import org.dateline.time.Timex;

/**
 * The TempEval-3 measures (UzZaman et al. 2013) for temporal expressions: strict extent
 * (identical spans) and relaxed extent (overlapping spans) precision, recall and F1; type and
 * value F1 = relaxed F1 x the share of relaxed matches whose attribute is identical. Add the
 * documents one by one, then read the figures.
 */
final class TimexScorer {
    private int gold;
    private int system;
    private int strictGold;
    private int strictSystem;
    private int relaxedGold;
    private int relaxedSystem;
    private int typeRight;
    private int valueRight;
    private int matchedPairs;

    /** Scores one document's system timexes against its gold ones. */
    void add(List<Timex> goldTimexes, List<Timex> systemTimexes) {
        gold += goldTimexes.size();
        system += systemTimexes.size();
        for (Timex g : goldTimexes) {
            if (systemTimexes.stream().anyMatch(s -> same(g, s))) {
                strictGold++;
            }
            if (systemTimexes.stream().anyMatch(s -> overlap(g, s))) {
                relaxedGold++;
            }
        }
        for (Timex s : systemTimexes) {
            if (goldTimexes.stream().anyMatch(g -> same(g, s))) {
                strictSystem++;
            }
            Timex g = goldTimexes.stream().filter(x -> overlap(x, s)).findFirst().orElse(null);
            if (g != null) {
                relaxedSystem++;
                matchedPairs++;
                if (g.type() == s.type()) {
                    typeRight++;
                }
                if (g.value() != null && g.value().equals(s.value())) {
                    valueRight++;
                }
            }
        }
    }

    private static boolean same(Timex g, Timex s) {
        return g.start() == s.start() && g.end() == s.end();
    }

    private static boolean overlap(Timex g, Timex s) {
        return g.start() < s.end() && s.start() < g.end();
    }

    double strictF1() {
        return f1(ratio(strictSystem, system), ratio(strictGold, gold));
    }

    double relaxedF1() {
        return f1(ratio(relaxedSystem, system), ratio(relaxedGold, gold));
    }

    double typeF1() {
        return relaxedF1() * ratio(typeRight, matchedPairs);
    }

    double valueF1() {
        return relaxedF1() * ratio(valueRight, matchedPairs);
    }

    double relaxedPrecision() {
        return ratio(relaxedSystem, system);
    }

    double relaxedRecall() {
        return ratio(relaxedGold, gold);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
