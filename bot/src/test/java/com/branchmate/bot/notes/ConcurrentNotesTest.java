package com.branchmate.bot.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Member;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;

/** Notes arriving together that name the same new bank and branch all save, and create it once. */
@BotTest
@Tag("persistence")
class ConcurrentNotesTest {

    @Autowired
    NoteService notes;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentFirstMentionsOfABranchCreateItOnce() throws Exception {
        String letters = "东西南北中新金银玉石山水河湖江海松竹梅兰";
        var random = new java.util.Random();
        String branch = "" + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()))
                + letters.charAt(random.nextInt(letters.length())) + "支行";
        String text = "今天去了恒丰银行" + branch + "，大堂经理林芳喜欢摄影。";
        List<Member> authors = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            authors.add(members.create(Caller.system(), new MemberService.NewMember(Fixtures.unique("c"), "并发" + i, null,
                    "default", null, null, null), "test"));
        }
        var pool = Executors.newFixedThreadPool(authors.size());
        var go = new CountDownLatch(1);
        List<Future<NoteService.SavedNote>> saves = new ArrayList<>();
        for (Member author : authors) {
            saves.add(pool.submit(() -> {
                go.await();
                return notes.save(new NoteService.NewNote(author, text, LocalDate.of(2026, 11, 23), "web", null));
            }));
        }
        go.countDown();
        for (Future<NoteService.SavedNote> save : saves) {
            assertThat(save.get().note().extractionStatus()).isEqualTo(ExtractionStatus.DONE);
        }
        pool.shutdown();

        assertThat(jdbc.queryForObject("select count(*) from bank where name = '恒丰银行'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from branch b join bank k on k.id = b.bank_id "
                + "where b.name = ? and k.name = '恒丰银行'", Integer.class, branch)).isEqualTo(1);
    }
}
