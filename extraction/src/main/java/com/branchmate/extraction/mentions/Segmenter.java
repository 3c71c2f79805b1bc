package com.branchmate.extraction.mentions;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.List;

/**
 * HanLP segmentation, used to tell where a name ends (任静怡 vs 付晓|下周六) and to reject surname-looking words
 * (马上, 周三). HanLP loads its dictionaries on first use (1-2 s); the holder class makes that happen once, lazily,
 * and thread-safely through class initialisation.
 */
public final class Segmenter {

    /** A word with its character offset in the segmented text. */
    public record Word(String text, String nature, int start) {
        public int end() {
            return start + text.length();
        }

        public boolean isPersonName() {
            return nature.startsWith("nr");
        }
    }

    private Segmenter() {
    }

    private static final class Holder {
        static final boolean READY = warmUp();

        private static boolean warmUp() {
            HanLP.newSegment().seg("网点助手");
            return true;
        }
    }

    /** Words of the text in order. A fresh Segment per call, because HanLP segments carry mutable settings. */
    public static Word[] words(String text) {
        if (!Holder.READY || text.isEmpty()) {
            return new Word[0];
        }
        Segment segment = HanLP.newSegment().enableNameRecognize(true).enableOffset(true);
        List<Term> terms = segment.seg(text);
        Word[] words = new Word[terms.size()];
        for (int i = 0; i < words.length; i++) {
            Term t = terms.get(i);
            words[i] = new Word(t.word, t.nature == null ? "" : t.nature.toString(), t.offset);
        }
        return words;
    }

    /** The word that covers the character at pos, or null. */
    public static Word wordAt(Word[] words, int pos) {
        int lo = 0;
        int hi = words.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Word w = words[mid];
            if (pos < w.start()) {
                hi = mid - 1;
            } else if (pos >= w.end()) {
                lo = mid + 1;
            } else {
                return w;
            }
        }
        return null;
    }
}
