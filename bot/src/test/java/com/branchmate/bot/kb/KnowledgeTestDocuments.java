package com.branchmate.bot.kb;

import java.nio.charset.StandardCharsets;

/** A small playbook document for the knowledge tests, titled uniquely (the MariaDB run shares one database). */
final class KnowledgeTestDocuments {

    private KnowledgeTestDocuments() {
    }

    static byte[] visitGuide(String title) {
        return ("""
                # %s

                ## 网点负责人
                每周至少和网点负责人深入沟通一次，时长一小时左右。先说网点本月的目标，再谈我们能给的支持。
                沟通后把对方关心的事记下来，下次拜访先回应。

                ## 晨会
                晨会控制在十五分钟以内：昨天的结果、今天的目标、一个技巧、一句鼓励。

                ## 场景：年金险
                适合有存款或理财即将到期、关心养老的客户。
                - 经理：{称呼}，您好！我是保险公司驻网点的客户经理，耽误您两分钟。
                - 客户：什么事？
                - 经理：很多客户在存款到期时会留一部分钱做养老规划，年金险能按约定每年领取，和存款搭配更安心。
                - 客户：收益怎么样？
                - 经理：领取金额写在合同里，稳定、确定；具体方案我按您的情况做一份，您看了再决定。
                """).formatted(title).getBytes(StandardCharsets.UTF_8);
    }
}
