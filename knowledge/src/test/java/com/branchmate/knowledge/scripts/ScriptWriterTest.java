package com.branchmate.knowledge.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.branchmate.knowledge.HashingEmbedder;
import com.branchmate.knowledge.KnowledgeBase;
import com.branchmate.knowledge.ingest.Chunker;
import com.branchmate.knowledge.ingest.DocumentReader;
import com.branchmate.knowledge.store.InMemoryKnowledgeStore;

class ScriptWriterTest {

    private final KnowledgeBase knowledge = new KnowledgeBase(new InMemoryKnowledgeStore(), new HashingEmbedder(),
            new DocumentReader(1 << 20), new Chunker(120), Clock.systemUTC(), Duration.ZERO);

    ScriptWriterTest() {
        knowledge.ingest("scripts.md", """
                # 话术
                ## 场景：年金险
                适合存款快到期、关心养老的客户。
                - 经理：{称呼}，您好！耽误您两分钟，聊聊养老的安排。
                - 客户：我现在还不急。
                - 经理：正因为不急，现在开始准备，每年领取的钱更多，也更从容。
                - 客户：那你说说看。
                - 经理：我按您的情况做一份方案，您看了再决定，不着急。
                ## 场景：理财沙龙邀请
                - 经理：{称呼}，周六网点有一场理财沙龙，讲养老规划，给您留了位子。
                - 客户：几点？
                - 经理：上午十点，一个小时，结束有茶歇。
                """.getBytes(StandardCharsets.UTF_8), null, "admin", false);
    }

    @Test
    void offlineScriptFollowsThePatternAndOpensWithTheCustomersFacts() {
        var customer = new CustomerProfile("张先生", List.of(
                new CustomerProfile.Fact("maturity", "到期日", "2026-12-05（大额存单 50万）", true),
                new CustomerProfile.Fact("hobby", "爱好", "钓鱼", false),
                new CustomerProfile.Fact("age", "年龄", "52", false)));

        Script script = new ScriptWriter(knowledge, null).write("给我一个跟张先生聊年金险的话术", Optional.of(customer));

        assertThat(script.text()).startsWith("给张先生的话术（场景：年金险）")
                .contains("经理：张先生，您好！上次听您说平时喜欢钓鱼")
                .contains("您那笔大额存单 50万，12月5日就到期了。")
                .contains("客户：我现在还不急。")
                .doesNotContain("{称呼}").doesNotContain("理财沙龙");
        assertThat(script.factsUsed()).extracting(CustomerProfile.Fact::key).containsExactly("maturity", "hobby");
        assertThat(script.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.section()).isEqualTo("场景：年金险"));
    }

    @Test
    void withoutACustomerThePatternAddressesTheListenerPolitely() {
        Script script = new ScriptWriter(knowledge, null).write("帮我写个邀请客户参加理财沙龙的话术", Optional.empty());

        assertThat(script.text()).contains("经理：周六网点有一场理财沙龙").doesNotContain("{称呼}");
        assertThat(script.factsUsed()).isEmpty();
    }
}
