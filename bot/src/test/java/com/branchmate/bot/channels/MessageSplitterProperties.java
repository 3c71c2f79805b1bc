package com.branchmate.bot.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MessageSplitterProperties {

    private final MessageSplitter splitter = new MessageSplitter();

    @Property(tries = 1000)
    void anyStringSplitsWithinTheLimit(@ForAll String text, @ForAll @IntRange(min = 16, max = 5000) int limit) {
        assertSplitsWell(text, limit);
    }

    @Property(tries = 1000)
    void chatTextSplitsWithinTheLimit(@ForAll("chatText") String text, @ForAll @IntRange(min = 16, max = 300) int limit) {
        assertSplitsWell(text, limit);
        // Built from whole code points, so no part may hold half a surrogate pair.
        assertThat(splitter.split(text, limit)).allSatisfy(p -> assertThat(roundTrips(p)).isTrue());
    }

    @Property(tries = 500)
    void numberedPartsStayWithinTheLimit(@ForAll("chatText") String text, @ForAll @IntRange(min = 16, max = 300) int limit) {
        List<String> parts = splitter.split(text, limit, true);

        assertThat(parts).allSatisfy(p -> assertThat(bytes(p)).isLessThanOrEqualTo(limit));
        List<String> bodies = parts.size() > 1 ? parts.stream().map(MessageSplitterTest::withoutLabel).toList() : parts;
        assertThat(bodies).noneMatch(String::isBlank);
        assertThat(nonWhitespace(String.join("", bodies))).isEqualTo(nonWhitespace(text));
    }

    @Provide
    Arbitrary<String> chatText() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withChars("客户经理网点晨会保单回访理财").ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings().alpha().numeric().withChars(' ', '.').ofMinLength(1).ofMaxLength(30),
                Arbitraries.of("。", "！", "？", "；", ". ", "!", "?", "\n", "\n\n", "\r\n", " ", "”", "3.14",
                        "😀", "👍🏻", "🇨🇳", "👨‍👩‍👧", "é", "❤️", "\t"));
        return piece.list().ofMaxSize(120).map(list -> String.join("", list));
    }

    private void assertSplitsWell(String text, int limit) {
        List<String> parts = splitter.split(text, limit);

        assertThat(parts).allSatisfy(p -> assertThat(bytes(p)).isLessThanOrEqualTo(limit));
        assertThat(parts).noneMatch(String::isEmpty).noneMatch(String::isBlank);
        assertThat(nonWhitespace(String.join("", parts))).isEqualTo(nonWhitespace(text));
    }

    private static String nonWhitespace(String s) {
        StringBuilder kept = new StringBuilder();
        s.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static boolean roundTrips(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(s);
    }
}
