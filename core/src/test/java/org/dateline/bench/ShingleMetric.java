package org.dateline.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark metric: texts become multisets of 4-token shingles (tokens are
 * Unicode {@code \w+}); per page TP, FP and FN are normalised to sum to 1; precision and recall
 * are means over pages, F1 their harmonic mean.
 */
final class ShingleMetric {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** One page's share of shared, extra and missed shingles (summing to 1, or all 0). */
    record PageScore(double tp, double fp, double fn) {
        double precision() {
            return tp + fp == 0 ? Double.NaN : fp == 0 && fn == 0 ? 1.0 : tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? Double.NaN : fp == 0 && fn == 0 ? 1.0 : tp / (tp + fn);
        }
    }

    /** Means over pages. */
    record Summary(double f1, double precision, double recall) {
    }

    private ShingleMetric() {
    }

    static PageScore score(String predicted, String expected) {
        Map<String, Integer> p = shingles(predicted);
        Map<String, Integer> e = shingles(expected);
        double tp = 0;
        double fp = 0;
        for (Map.Entry<String, Integer> s : p.entrySet()) {
            int shared = Math.min(s.getValue(), e.getOrDefault(s.getKey(), 0));
            tp += shared;
            fp += s.getValue() - shared;
        }
        double fn = 0;
        for (Map.Entry<String, Integer> s : e.entrySet()) {
            fn += s.getValue() - Math.min(s.getValue(), p.getOrDefault(s.getKey(), 0));
        }
        double all = tp + fp + fn;
        return all == 0 ? new PageScore(0, 0, 0) : new PageScore(tp / all, fp / all, fn / all);
    }

    static Summary summarise(List<PageScore> pages) {
        double p = mean(pages, true);
        double r = mean(pages, false);
        return new Summary(p + r == 0 ? 0 : 2 * p * r / (p + r), p, r);
    }

    private static double mean(List<PageScore> pages, boolean precision) {
        double sum = 0;
        int n = 0;
        for (PageScore s : pages) {
            double v = precision ? s.precision() : s.recall();
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < N) {
            out.merge(String.join(" ", tokens), 1, Integer::sum);
            return out;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + N)), 1, Integer::sum);
        }
        return out;
    }
}
