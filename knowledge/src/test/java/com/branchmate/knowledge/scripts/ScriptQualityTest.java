package com.branchmate.knowledge.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.branchmate.knowledge.HashingEmbedder;
import com.branchmate.knowledge.KnowledgeBase;
import com.branchmate.knowledge.ingest.Chunker;
import com.branchmate.knowledge.ingest.DocumentReader;
import com.branchmate.knowledge.scripts.CustomerProfile.Fact;
import com.branchmate.knowledge.store.InMemoryKnowledgeStore;

/**
 * Offline scripts read as a customer would hear them, over the built-in playbook's script patterns: ten customer
 * profiles and scenes, each checked for turns that alternate and end as sentences, no placeholder, the scene asked,
 * and each fact used for what it is.
 */
class ScriptQualityTest {

    private static final KnowledgeBase KNOWLEDGE = playbook();

    record Case(String request, CustomerProfile customer, String scene, List<String> mustSay, List<String> mustNotSay) {
        @Override
        public String toString() {
            return request;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("给我一个跟张先生聊年金险的话术", profile("张先生",
                        fact("maturity", "2026年12月28日", true), fact("product", "理财", false),
                        fact("asset", "50万", false), fact("interest", "年金险", false)),
                        "年金险", List.of("50万的理财", "12月28日就到期了", "想多了解年金险"), List.of("喜欢年金险", "常去")),
                new Case("跟李阿姨聊聊养老规划", profile("李阿姨",
                        fact("hobby", "跳广场舞", false), fact("family", "女儿在外地工作", false)),
                        "养老", List.of("喜欢跳广场舞", "女儿在外地工作"), List.of()),
                new Case("王总生日快到了，给个问候话术", profile("王总",
                        fact("birthday", "12月3日", true), fact("hobby", "钓鱼", false)),
                        "生日", List.of("生日快乐", "喜欢钓鱼"), List.of()),
                new Case("赵先生的大额存单要到期了，怎么跟他谈转化", profile("赵先生",
                        fact("maturity", "2026年12月10日（大额存单）", true), fact("asset", "200万", false)),
                        "到期", List.of("200万的大额存单", "12月10日就到期了"), List.of("2026年")),
                new Case("陈女士说收益低，怎么回", profile("陈女士",
                        fact("birthday", "2026年5月1日", false), fact("risk", "保守", false)),
                        "收益低", List.of(), List.of("生日")),
                new Case("给孙先生讲讲子女教育金", profile("孙先生",
                        fact("family", "儿子上初二", false), fact("interest", "教育金", false)),
                        "教育", List.of("儿子上初二", "想多了解教育金"), List.of("喜欢教育金")),
                new Case("刘姐说要跟家人商量，怎么接", profile("刘姐", fact("hobby", "喝普洱", false)),
                        "家人商量", List.of("喜欢喝普洱"), List.of()),
                new Case("请周老师帮忙转介绍", profile("周老师"), "转介绍", List.of("周老师，您好"), List.of()),
                new Case("邀请客户参加理财沙龙", null, "沙龙", List.of(), List.of("称呼")),
                new Case("给客户聊年金险", null, "年金险", List.of(), List.of("称呼")),
                new Case("吴先生刚退休，资金怎么安排", profile("吴先生",
                        fact("maturity", "2027年3月1日", false), fact("product", "定期", false)),
                        "退休", List.of("那笔定期", "3月1日到期"), List.of("就到期了")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void scriptReadsWell(Case c) {
        Script script = new ScriptWriter(KNOWLEDGE, null).write(c.request(), Optional.ofNullable(c.customer()));
        String text = script.text();

        assertThat(text).doesNotContain("{").doesNotContain("}").doesNotContain("null").doesNotContain("，，");
        assertThat(script.citations()).as(text).isNotEmpty()
                .allSatisfy(citation -> assertThat(citation.section()).contains(c.scene()));
        List<String> turns = text.lines().filter(l -> l.startsWith("经理：") || l.startsWith("客户：")).toList();
        assertThat(turns).as(text).hasSizeGreaterThanOrEqualTo(3);
        assertThat(turns.get(0)).startsWith("经理：");
        for (int i = 1; i < turns.size(); i++) {
            assertThat(turns.get(i).substring(0, 3)).as("turns alternate:\n" + text).isNotEqualTo(turns.get(i - 1).substring(0, 3));
        }
        turns.forEach(turn -> assertThat(turn).as("a whole sentence").matches(".*[。！？!?…”]$"));
        if (c.customer() != null) {
            assertThat(turns.get(0)).startsWith("经理：" + c.customer().address() + "，您好！");
        }
        c.mustSay().forEach(phrase -> assertThat(text).as(text).contains(phrase));
        String dialogue = String.join("\n", turns);
        c.mustNotSay().forEach(phrase -> assertThat(dialogue).as(text).doesNotContain(phrase));
    }

    private static CustomerProfile profile(String address, Fact... facts) {
        return new CustomerProfile(address, List.of(facts));
    }

    private static Fact fact(String key, String value, boolean soon) {
        return new Fact(key, key, value, soon);
    }

    private static KnowledgeBase playbook() {
        KnowledgeBase knowledge = new KnowledgeBase(new InMemoryKnowledgeStore(), new HashingEmbedder(),
                new DocumentReader(1 << 20), Chunker.standard(), Clock.systemUTC(), Duration.ZERO);
        try (InputStream in = ScriptQualityTest.class.getClassLoader().getResourceAsStream("playbook/09-scripts.md")) {
            knowledge.ingest("09-scripts.md", in.readAllBytes(), null, "system", true);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return knowledge;
    }
}
