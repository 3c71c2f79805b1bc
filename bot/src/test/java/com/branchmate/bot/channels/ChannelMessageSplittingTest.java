package com.branchmate.bot.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** What the channels need from the splitter, whichever implementation main ends up with. */
@Tag("channel")
class ChannelMessageSplittingTest {

    private final MessageSplitter splitter = new MessageSplitter();

    @Test
    void shortTextIsOnePart() {
        assertThat(splitter.split("已记下：王行长 生日 3月5日", 2048)).containsExactly("已记下：王行长 生日 3月5日");
    }

    @Test
    void cutsFallBetweenLines() {
        String text = "第一行\n第二行\n第三行";

        List<String> parts = splitter.split(text, 20);

        assertThat(parts).containsExactly("第一行\n第二行", "第三行");
    }

    @Test
    void aLineLongerThanTheLimitIsCutBetweenCharactersNotInsideThem() {
        String text = "拜访".repeat(10) + "😀😀";

        List<String> parts = splitter.split(text, 7);

        assertThat(parts).allSatisfy(p -> assertThat(bytes(p)).isLessThanOrEqualTo(7));
        assertThat(String.join("", parts)).isEqualTo(text);
        assertThat(parts).contains("😀");
    }

    @Test
    void emptyOrBlankTextHasNoParts() {
        assertThat(splitter.split("", 100)).isEmpty();
        assertThat(splitter.split(" \n\t", 100)).isEmpty();
    }

    @Test
    void aLimitThatCannotHoldACharacterIsRefused() {
        assertThatThrownBy(() -> splitter.split("abc", 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void partsFitTheLimitAndKeepEveryCharacterInOrder(@ForAll @StringLength(max = 400) String text,
                                                      @ForAll @IntRange(min = 4, max = 64) int limit) {
        List<String> parts = splitter.split(text, limit);

        assertThat(parts).allSatisfy(p -> {
            assertThat(bytes(p)).isLessThanOrEqualTo(limit);
            assertThat(p).isNotBlank();
        });
        // Only line breaks at cuts and blank stretches may go; every other character stays, in order.
        assertThat(withoutWhitespace(String.join("", parts))).isEqualTo(withoutWhitespace(text));
    }

    private static String withoutWhitespace(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
