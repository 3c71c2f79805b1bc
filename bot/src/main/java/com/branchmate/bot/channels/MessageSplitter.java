package com.branchmate.bot.channels;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts an outbound message into parts that each fit a platform's size limit, counted in UTF-8 bytes
 * (WeCom text 2048, WeCom markdown 4096, DingTalk about 20000): a Chinese character is 3 bytes, an emoji 4.
 *
 * <p>Where to cut, in order of preference: at a line break (the break and blank lines around it are dropped), after
 * a sentence end (。！？；, or . ! ? not followed by a letter or digit, as in 3.14), after a space, and otherwise at
 * the last character boundary that fits, never inside a UTF-8 character, a surrogate pair or an emoji sequence such as
 * 👍🏻 or a flag. Parts that would be blank are left out, so blank text gives no parts.
 *
 * <p>Stateless, so one instance can be shared between threads.
 */
public final class MessageSplitter {

    public static final int WECOM_TEXT_MAX_BYTES = 2048;
    public static final int WECOM_MARKDOWN_MAX_BYTES = 4096;
    public static final int DINGTALK_MAX_BYTES = 20000;

    /** The longest UTF-8 character; a smaller limit could not make progress. */
    public static final int MIN_MAX_BYTES = 4;

    private static final String SENTENCE_ENDS = "。！？；";
    private static final String LATIN_SENTENCE_ENDS = ".!?";
    // Kept with the sentence they close, so a part does not start with a stray ” or ）.
    private static final String CLOSERS = "”’」』）》】)]\"'";

    public MessageSplitter() {
    }

    /** Splits without numbering the parts. */
    public List<String> split(String text, int maxUtf8Bytes) {
        return split(text, maxUtf8Bytes, false);
    }

    /**
     * @param numberParts when the text needs more than one part, end each with a line {@code (i/n)}; its bytes count
     *                    towards the limit
     * @throws IllegalArgumentException if the limit is below {@link #MIN_MAX_BYTES}, or too small to hold a number
     *                                  label and a character
     */
    public List<String> split(String text, int maxUtf8Bytes, boolean numberParts) {
        Objects.requireNonNull(text, "text");
        if (maxUtf8Bytes < MIN_MAX_BYTES) {
            throw new IllegalArgumentException("limit must be at least " + MIN_MAX_BYTES + " bytes: " + maxUtf8Bytes);
        }
        List<String> parts = splitWithin(text, maxUtf8Bytes);
        if (!numberParts || parts.size() <= 1) {
            return parts;
        }
        // The label's size depends on the part count, which depends on the room left by the label: start by
        // reserving room for one-digit numbers and widen until the count fits the reservation.
        int digits = 1;
        while (true) {
            int budget = maxUtf8Bytes - labelBytes(digits);
            if (budget < MIN_MAX_BYTES) {
                throw new IllegalArgumentException("limit of " + maxUtf8Bytes + " bytes is too small to number "
                        + parts.size() + " parts");
            }
            parts = splitWithin(text, budget);
            int needed = String.valueOf(parts.size()).length();
            if (needed <= digits) {
                break;
            }
            digits = needed;
        }
        List<String> numbered = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            numbered.add(parts.get(i) + label(i + 1, parts.size()));
        }
        return List.copyOf(numbered);
    }

    static String label(int index, int total) {
        return "\n(" + index + "/" + total + ")";
    }

    /** Bytes of the longest label whose numbers have {@code digits} digits: newline, brackets and slash. */
    private static int labelBytes(int digits) {
        return 2 * digits + 4;
    }

    private static List<String> splitWithin(String text, int budget) {
        List<String> parts = new ArrayList<>();
        int length = text.length();
        int start = 0;
        while (start < length) {
            int hardEnd = fitEnd(text, start, budget);
            if (hardEnd == length) {
                addUnlessBlank(parts, text.substring(start));
                break;
            }
            int lineBreak = lastIndexOf(text, '\n', start, hardEnd);
            if (lineBreak >= 0) {
                // Blank lines around the cut would only pad the parts: leave them out on both sides.
                int end = lineBreak;
                while (end > start && isLineBreak(text.charAt(end - 1))) {
                    end--;
                }
                addUnlessBlank(parts, text.substring(start, end));
                start = lineBreak + 1;
                while (start < length && isLineBreak(text.charAt(start))) {
                    start++;
                }
                continue;
            }
            int cut = afterLastSentenceEnd(text, start, hardEnd);
            if (cut < 0) {
                cut = afterLastSpace(text, start, hardEnd);
            }
            if (cut < 0) {
                cut = lastClusterBoundary(text, start, hardEnd);
            }
            addUnlessBlank(parts, text.substring(start, cut));
            start = cut;
        }
        return List.copyOf(parts);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static void addUnlessBlank(List<String> parts, String part) {
        if (!part.isBlank()) {
            parts.add(part);
        }
    }

    /** The furthest code-point boundary after {@code start} whose prefix fits in {@code budget} bytes. */
    private static int fitEnd(String text, int start, int budget) {
        int bytes = 0;
        int i = start;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int size = utf8Bytes(codePoint);
            if (bytes + size > budget) {
                break;
            }
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return i;
    }

    static int utf8Bytes(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        // A lone surrogate becomes '?' (1 byte) with Java's encoder but U+FFFD (3 bytes) with others: count 3.
        return codePoint < 0x10000 ? 3 : 4;
    }

    /** Index of the last {@code c} in {@code [from, to]}, or -1; bounded so long texts stay linear. */
    private static int lastIndexOf(String text, char c, int from, int to) {
        for (int i = Math.min(to, text.length() - 1); i >= from; i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static int afterLastSentenceEnd(String text, int start, int hardEnd) {
        for (int i = hardEnd - 1; i >= start; i--) {
            if (isSentenceEnd(text, i)) {
                int cut = i + 1;
                while (cut < hardEnd && CLOSERS.indexOf(text.charAt(cut)) >= 0) {
                    cut++;
                }
                return cut;
            }
        }
        return -1;
    }

    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if (SENTENCE_ENDS.indexOf(c) >= 0) {
            return true;
        }
        if (LATIN_SENTENCE_ENDS.indexOf(c) < 0) {
            return false;
        }
        // "3.14", "v1.2" and "a.b.com" are not sentence ends.
        if (i + 1 >= text.length()) {
            return true;
        }
        char next = text.charAt(i + 1);
        return !(next < 0x80 && Character.isLetterOrDigit(next));
    }

    private static int afterLastSpace(String text, int start, int hardEnd) {
        for (int i = hardEnd - 1; i > start; i--) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u3000') {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The last boundary in {@code (start, hardEnd]} that does not split an emoji sequence or a base character from
     * its combining marks; {@code hardEnd} itself when none does (one sequence longer than the whole budget).
     */
    private static int lastClusterBoundary(String text, int start, int hardEnd) {
        for (int i = hardEnd; i > start; i -= Character.charCount(text.codePointBefore(i))) {
            if (isClusterBoundary(text, i)) {
                return i;
            }
        }
        return hardEnd;
    }

    private static boolean isClusterBoundary(String text, int i) {
        int before = text.codePointBefore(i);
        int after = text.codePointAt(i);
        if (before == 0x200D || extendsPrevious(after)) {
            return false;
        }
        // Flags are pairs of regional indicators: do not cut after an odd one in a run.
        if (isRegionalIndicator(before) && isRegionalIndicator(after)) {
            int run = 0;
            for (int j = i; j > 0 && isRegionalIndicator(text.codePointBefore(j));
                    j -= Character.charCount(text.codePointBefore(j))) {
                run++;
            }
            return run % 2 == 0;
        }
        return true;
    }

    /** Code points that attach to the one before: joiners, variation selectors, skin tones, tags, combining marks. */
    private static boolean extendsPrevious(int codePoint) {
        if (codePoint == 0x200D || codePoint == 0x20E3
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF)
                || (codePoint >= 0xE0020 && codePoint <= 0xE007F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isRegionalIndicator(int codePoint) {
        return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
    }
}
