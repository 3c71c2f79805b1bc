package com.branchmate.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.channels.InboundMessage;
import com.branchmate.bot.conversation.ConversationService;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.notes.NoteService;
import com.branchmate.bot.notes.VisitNote;
import com.branchmate.bot.support.Fixtures;

/**
 * The embedded default keeps data on disk: a note saved before a restart is there after it, and the first
 * admin is created once. On the MariaDB run the same test proves it against the server.
 */
@Tag("persistence")
class NoteSurvivesRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void noteSavedBeforeRestartIsThereAfterIt() {
        String text = "重启前记下的笔记：招行梅林支行魏行长爱喝岩茶 " + Fixtures.unique("n");
        String login = Fixtures.unique("restart");

        try (var first = start()) {
            var members = first.getBean(MemberService.class);
            members.create(Caller.system(), new MemberService.NewMember(login, "重启测试", null, "default", null, null, null), "test");
            var reply = first.getBean(ConversationService.class)
                    .handle(new InboundMessage("web", Fixtures.unique("msg"), login, null, text, Instant.now(), true));
            assertThat(reply.text()).contains("已记下");
        }

        try (var second = start()) {
            var member = second.getBean(MemberService.class).findByLogin(login).orElseThrow();
            List<VisitNote> notes = second.getBean(NoteService.class).visible(Caller.of(member), null, 10);
            assertThat(notes).extracting(VisitNote::rawText).containsExactly(text);
            assertThat(second.getBean(MemberService.class).findByLogin("admin")).isPresent();
            // The first admin was created on the first start only: asking again generates no new password.
            assertThat(second.getBean(MemberService.class).ensureFirstAdmin(null)).isEmpty();
        }
    }

    private ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--bot.data-dir=" + dataDir));
        if (System.getenv("SPRING_DATASOURCE_URL") == null) {
            args.add("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("branchmate")
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
        }
        return SpringApplication.run(BranchMateApplication.class, args.toArray(String[]::new));
    }
}
