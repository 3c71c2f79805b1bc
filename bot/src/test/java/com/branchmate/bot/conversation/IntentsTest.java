package com.branchmate.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.branchmate.bot.support.SharedFolder;

import tools.jackson.databind.json.JsonMapper;

class IntentsTest {

    @Test
    void playbookQuestionsFromTheIssuesAreQuestions() {
        assertThat(List.of("不出单怎么办", "跟网点负责人多久沟通一次", "客户说收益低怎么处理？", "理财沙龙有哪些要点",
                "晨会怎么开", "要收集客户哪些信息", "同业竞争怎么应对"))
                .allMatch(Intents::isPlaybookQuestion);
    }

    @Test
    void scriptRequestsAreScripts() {
        assertThat(List.of("给我一个跟张先生聊年金险的话术", "帮我写个邀请客户参加理财沙龙的话术", "网点柜员说你们产品收益低怎么回"))
                .allMatch(Intents::isScriptRequest);
    }

    @Test
    void visitNotesAreNeitherQuestionsNorScripts() {
        assertThat(List.of("今天下午去了建行城南支行，王行长下周三过生日，喜欢喝普洱。",
                "客户张先生50万理财12月5日到期，想了解年金险，约了下周一再聊。",
                "大堂经理李娜刚从河西支行调过来，手机13812345678。"))
                .noneMatch(Intents::isPlaybookQuestion).noneMatch(Intents::isScriptRequest);
    }

    @Test
    void everyDevNoteIsANoteAndEveryDevQuestionAQuestion() throws Exception {
        var shared = SharedFolder.locate();
        Assumptions.assumeTrue(shared.isPresent(), "../shared not found: skipping the dev-set intent check");
        var json = JsonMapper.builder().build();
        for (String line : Files.readAllLines(shared.get().resolve("eval/notes-dev.jsonl"))) {
            String text = json.readTree(line).get("text").asString();
            assertThat(Intents.isPlaybookQuestion(text) || Intents.isScriptRequest(text)).as(text).isFalse();
        }
        Path questions = shared.get().resolve("eval/kb-dev.jsonl");
        for (String line : Files.readAllLines(questions)) {
            String question = json.readTree(line).get("question").asString();
            assertThat(Intents.isPlaybookQuestion(question)).as(question).isTrue();
        }
    }
}
