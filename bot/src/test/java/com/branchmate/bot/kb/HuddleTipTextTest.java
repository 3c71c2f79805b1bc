package com.branchmate.bot.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A morning tip ends where a sentence ends, never inside a list. */
class HuddleTipTextTest {

    @Test
    void listItemsSeparatedBySemicolonsStayTogether() {
        String passage = "到期前一个月先打电话了解资金安排；到期前一周约到网点面谈；到期当天确认续作。到期后三天内回访，问一问客户的感受，"
                + "把新的到期日记进笔记，下次提醒就不会漏掉，客户也会觉得被记住了，这是最重要的一点，也是老客户愿意转介绍的原因之一。";

        String tip = KnowledgeHuddleTips.firstSentences(passage);

        assertThat(tip).isEqualTo("到期前一个月先打电话了解资金安排；到期前一周约到网点面谈；到期当天确认续作。");
    }

    @Test
    void passageWithoutStopIsClosed() {
        assertThat(KnowledgeHuddleTips.firstSentences("- 生日当天发祝福；\n- 带一份小礼物；"))
                .isEqualTo("生日当天发祝福；带一份小礼物。");
    }
}
