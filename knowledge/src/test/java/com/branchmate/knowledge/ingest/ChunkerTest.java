package com.branchmate.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChunkerTest {

    @Test
    void passagesEndAtSentenceEndsAndKeepTheirSection() {
        String sentence = "这是一句关于网点拜访的话，讲清楚每周要做什么。";
        String text = "# 手册\n## 拜访节奏\n" + sentence.repeat(30) + "\n## 晨会\n晨会十五分钟。";

        List<Chunk> chunks = new Chunker(100).split(text);

        assertThat(chunks).hasSizeGreaterThan(3);
        assertThat(chunks).allSatisfy(c -> assertThat(c.text()).endsWith("。"));
        assertThat(chunks).allSatisfy(c -> assertThat(c.text().length()).isLessThanOrEqualTo(200));
        assertThat(chunks.get(0).section()).isEqualTo("拜访节奏");
        assertThat(chunks.get(chunks.size() - 1).section()).isEqualTo("晨会");
        assertThat(chunks.get(chunks.size() - 1).text()).isEqualTo("晨会十五分钟。");
        assertThat(chunks).extracting(Chunk::position).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, chunks.size()).boxed().toList());
    }

    @Test
    void aPassageRepeatsTheLastSentenceOfThePreviousOne() {
        String text = "第一句比较长，说的是拜访前要准备的资料和礼品。第二句说到了网点以后先找谁。第三句讲离开前要约好下次的时间。"
                + "第四句讲回来以后要在当天记录。第五句讲一周后复盘。";

        List<Chunk> chunks = new Chunker(60).split(text);

        assertThat(chunks).hasSizeGreaterThan(1);
        String lastOfFirst = chunks.get(0).text().substring(chunks.get(0).text().lastIndexOf("。", chunks.get(0).text().length() - 2) + 1);
        assertThat(chunks.get(1).text()).startsWith(lastOfFirst);
    }

    @Test
    void outlineLinesOfPlainTextAreHeadingsAndTablesKeepTheirHeaderRow() {
        String rows = "| 产品 | 期限 |\n| --- | --- |\n" + "| 年金险 | 十年 |\n".repeat(12);
        String text = "一、产品一览\n" + rows + "二、注意事项\n不承诺收益。";

        List<Chunk> chunks = new Chunker(60).split(text);

        assertThat(chunks.get(0).section()).isEqualTo("一、产品一览");
        assertThat(chunks).filteredOn(c -> c.section().equals("一、产品一览"))
                .hasSizeGreaterThan(1)
                .allSatisfy(c -> assertThat(c.text()).startsWith("| 产品 | 期限 |"));
        assertThat(chunks.get(chunks.size() - 1).section()).isEqualTo("二、注意事项");
    }

    @Test
    void aSentenceLongerThanTheLimitIsCutAtCommas() {
        String longSentence = "客户经理要记住客户的家庭情况，".repeat(30) + "然后再谈产品。";

        List<Chunk> chunks = new Chunker(100).split(longSentence);

        assertThat(chunks).hasSizeGreaterThan(1);
        assertThat(chunks).allSatisfy(c -> assertThat(c.text().length()).isLessThanOrEqualTo(200));
        assertThat(String.join("", chunks.stream().map(Chunk::text).toList())).contains("然后再谈产品。");
    }
}
