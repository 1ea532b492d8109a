package org.dateline.text;

import java.util.ArrayList;
import java.util.List;

/** Splits main text into sentences with offsets. */
public final class SentenceSplitter {
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '\n') {
                if (i + 1 > start) {
                    out.add(new Sentence(start, i + 1, text.substring(start, i + 1)));
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(new Sentence(start, text.length(), text.substring(start)));
        }
        return out;
    }
}
