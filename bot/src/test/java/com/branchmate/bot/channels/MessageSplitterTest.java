package com.branchmate.bot.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    private final MessageSplitter splitter = new MessageSplitter();

    @Test
    void shortTextIsOnePartUnchanged() {
        String text = "早上好！今日晨会要点：\n1. 张行长客户回访\n2. 网点活动物料";

        assertThat(splitter.split(text, MessageSplitter.WECOM_TEXT_MAX_BYTES)).containsExactly(text);
        assertThat(splitter.split(text, MessageSplitter.WECOM_TEXT_MAX_BYTES, true)).containsExactly(text);
    }

    @Test
    void chineseLinesAreKeptWholeAndJoinBack() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            text.append(i).append(". 王经理在建行城东支行拜访了李女士，她关心增额终身寿的现金价值\n");
        }
        String message = text.toString().strip();
        List<String> lines = message.lines().toList();

        List<String> parts = splitter.split(message, 300);

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(p -> assertThat(bytes(p)).isLessThanOrEqualTo(300));
        assertThat(String.join("\n", parts)).isEqualTo(message);
        for (String part : parts) {
            assertThat(lines).containsAll(part.lines().toList()); // no line was cut
        }
    }

    @Test
    void longLineBreaksAfterSentenceEnds() {
        String sentence = "今天先回访存量客户。下午去网点做保单检视！明天呢？";
        String line = sentence.repeat(20);

        List<String> parts = splitter.split(line, 100);

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(p -> assertThat(bytes(p)).isLessThanOrEqualTo(100));
        assertThat(parts.subList(0, parts.size() - 1)).allSatisfy(p -> assertThat(p).matches("(?s).*[。！？]"));
        assertThat(String.join("", parts)).isEqualTo(line);
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        String line = "客户说：“我再考虑一下。”" + "好的".repeat(30);

        List<String> parts = splitter.split(line, 60);

        assertThat(parts.get(0)).isEqualTo("客户说：“我再考虑一下。”");
    }

    @Test
    void decimalPointIsNoSentenceEnd() {
        String line = "The rate is 3.5 percent and the term is 10 years so";

        List<String> parts = splitter.split(line, 16);

        assertThat(parts).noneMatch(p -> p.endsWith("3."));
        assertThat(String.join("", parts)).isEqualTo(line);
        assertThat(parts).allSatisfy(p -> assertThat(bytes(p)).isLessThanOrEqualTo(16));
    }

    @Test
    void oneVeryLongLineWithoutPunctuationIsCutAtCharacterBoundaries() {
        String line = "中".repeat(100);

        List<String> parts = splitter.split(line, 16);

        assertThat(parts).hasSize(20).allSatisfy(p -> assertThat(p).isEqualTo("中".repeat(5)));
    }

    @Test
    void emojiAtTheBoundaryIsNotBroken() {
        String text = "ab" + "😀".repeat(5);

        List<String> parts = splitter.split(text, 5);

        assertThat(parts).containsExactly("ab", "😀", "😀", "😀", "😀", "😀");
        assertThat(parts).allSatisfy(p -> assertThat(roundTrips(p)).isTrue());
    }

    @Test
    void emojiWithSkinToneOrFlagStaysTogether() {
        assertThat(splitter.split("aaa👍🏻", 8)).containsExactly("aaa", "👍🏻");
        assertThat(splitter.split("a🇨🇳🇨🇳", 8)).containsExactly("a", "🇨🇳", "🇨🇳");
        assertThat(splitter.split("ab👨‍👩‍👧", 19)).containsExactly("ab", "👨‍👩‍👧");
    }

    @Test
    void windowsLineEndsAreDroppedAtTheCut() {
        List<String> parts = splitter.split("第一行内容\r\n第二行内容", 16);

        assertThat(parts).containsExactly("第一行内容", "第二行内容");
    }

    @Test
    void blankLinesAtACutLeaveNoEmptyParts() {
        List<String> parts = splitter.split("开头\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n结尾", 8);

        assertThat(parts).containsExactly("开头", "结尾");
    }

    @Test
    void blankTextGivesNoParts() {
        assertThat(splitter.split("", 16)).isEmpty();
        assertThat(splitter.split(" \n\t\n ", 16)).isEmpty();
    }

    @Test
    void numberedPartsEndWithTheirLabelAndStayWithinTheLimit() {
        String text = "网点晨会提醒。".repeat(30);

        List<String> parts = splitter.split(text, 64, true);

        int total = parts.size();
        assertThat(total).isGreaterThan(1);
        for (int i = 0; i < total; i++) {
            assertThat(parts.get(i)).endsWith("\n(" + (i + 1) + "/" + total + ")");
            assertThat(bytes(parts.get(i))).isLessThanOrEqualTo(64);
        }
        assertThat(String.join("", parts.stream().map(MessageSplitterTest::withoutLabel).toList())).isEqualTo(text);
    }

    @Test
    void numberingMakesRoomForTwoDigitCounts() {
        String text = "x".repeat(200);

        List<String> parts = splitter.split(text, 16, true);

        assertThat(parts.size()).isGreaterThanOrEqualTo(10);
        assertThat(parts.get(parts.size() - 1)).endsWith("/" + parts.size() + ")");
        assertThat(parts).allSatisfy(p -> assertThat(bytes(p)).isLessThanOrEqualTo(16));
        assertThat(String.join("", parts.stream().map(MessageSplitterTest::withoutLabel).toList())).isEqualTo(text);
    }

    @Test
    void limitTooSmallForOneCharacterIsRejected() {
        assertThatThrownBy(() -> splitter.split("abc", 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> splitter.split("x".repeat(100), 8, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too small to number");
    }

    static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    static String withoutLabel(String part) {
        return part.replaceFirst("\n\\(\\d+/\\d+\\)$", "");
    }

    private static boolean roundTrips(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(s);
    }
}
