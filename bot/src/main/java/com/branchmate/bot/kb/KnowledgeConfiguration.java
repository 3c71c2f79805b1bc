package com.branchmate.bot.kb;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the knowledge module into the bot. Until a playbook is loaded, questions get an honest answer. */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Playbook playbookNotLoaded() {
        return new Playbook() {
            @Override
            public Answer ask(com.branchmate.bot.members.Caller caller, String question, String channel) {
                return new Answer("知识库还没有内容，暂时回答不了这个问题。管理员可以在管理后台「知识库」上传培训资料。", List.of());
            }

            @Override
            public Answer script(com.branchmate.bot.members.Caller caller, String request, String channel) {
                return new Answer("话术需要知识库里的资料，目前还没有上传。管理员可以在管理后台「知识库」上传。", List.of());
            }
        };
    }
}
