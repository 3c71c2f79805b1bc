package com.branchmate.bot.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Member;
import com.branchmate.bot.channels.InboundMessage;
import com.branchmate.bot.conversation.ConversationService;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.support.BotTest;
import com.branchmate.extraction.BranchRef;
import com.branchmate.extraction.ExtractedFact;
import com.branchmate.extraction.ExtractedPerson;
import com.branchmate.extraction.ExtractedTask;
import com.branchmate.extraction.Extraction;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.ScriptedExtractor;
import com.branchmate.bot.support.ScriptedExtractorConfiguration;

/** How an extraction becomes people, facts and tasks, with history, undo and "which one did you mean". */
@Import(ScriptedExtractorConfiguration.class)
@BotTest
@Tag("persistence")
class NoteToFactsTest {


    @Autowired
    ScriptedExtractor extractor;

    @Autowired
    NoteService notes;

    @Autowired
    ConversationService conversation;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.branchmate.bot.platform.privacy.FieldCipher cipher;

    private Member author;
    private String branchName;

    @BeforeEach
    void createAuthor() {
        String login = Fixtures.unique("author");
        author = members.create(Caller.system(), new MemberService.NewMember(login, "作者", null, "default", null, null,
                null), "test");
        branchName = Fixtures.unique("城南") + "支行";
    }

    @Test
    void exampleNoteRecordsBranchPeopleFactsAndTask() {
        String text = "今天下午去了建行城南支行……" + branchName;
        extractor.answer(text, exampleExtraction());

        var saved = notes.save(new NoteService.NewNote(author, text, LocalDate.of(2026, 11, 18), "web", null));

        assertThat(saved.branch()).map(b -> b.displayName()).contains("建设银行" + branchName);
        assertThat(saved.people()).hasSize(3).allMatch(p -> p.created());
        assertThat(factsOf("李娜")).containsEntry("phone", "13812345678").containsEntry("role", "大堂经理");
        assertThat(jdbc.queryForObject("select fact_value from fact where source_note_id = ? and fact_key = 'phone'",
                String.class, saved.note().id())).startsWith("enc:v1:");
        assertThat(factsOf("王")).containsEntry("birthday", "--11-25").containsEntry("hobby", "喝普洱");
        assertThat(factsOf("张")).containsEntry("asset", "500000").containsEntry("maturity", "2026-12-05");
        assertThat(jdbc.queryForObject("select due_date from task where note_id = ?", LocalDate.class,
                saved.note().id())).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(saved.note().extractionStatus()).isEqualTo(ExtractionStatus.DONE);
        assertThat(saved.summary()).contains("王行长").contains("138****5678").doesNotContain("13812345678")
                .contains("撤销");
    }

    @Test
    void changedFactSupersedesTheOldOneAndUndoBringsItBack() {
        String first = "第一条 " + branchName;
        String second = "第二条 " + branchName;
        extractor.answer(first, exampleExtraction());
        extractor.answer(second, new Extraction(new BranchRef("建设银行", branchName), List.of(
                new ExtractedPerson("王", "行长", "STAFF", List.of(new ExtractedFact("birthday", "--11-26")))), List.of()));
        notes.save(new NoteService.NewNote(author, first, LocalDate.of(2026, 11, 18), "web", null));

        notes.save(new NoteService.NewNote(author, second, LocalDate.of(2026, 11, 19), "web", null));

        assertThat(factsOf("王")).containsEntry("birthday", "--11-26");
        assertThat(jdbc.queryForList("select fact_value from fact f join person p on p.id = f.person_id "
                + "where p.name = '王' and f.fact_key = 'birthday' and p.branch_id = ? order by f.id", String.class,
                branchId())).containsExactly("--11-25", "--11-26");

        notes.undoLast(author, "web");

        assertThat(factsOf("王")).containsEntry("birthday", "--11-25");
    }

    @Test
    void undoTakesBackEverythingTheNoteCreated() {
        String text = "撤销测试 " + branchName;
        extractor.answer(text, exampleExtraction());
        var saved = notes.save(new NoteService.NewNote(author, text, LocalDate.of(2026, 11, 18), "web", null));

        var undone = notes.undoLast(author, "web");

        assertThat(undone).map(VisitNote::id).contains(saved.note().id());
        assertThat(count("select count(*) from fact where source_note_id = ?", saved.note().id())).isZero();
        assertThat(count("select count(*) from task where note_id = ?", saved.note().id())).isZero();
        assertThat(count("select count(*) from person where source_note_id = ?", saved.note().id())).isZero();
        assertThat(count("select count(*) from branch where name = ?", branchName)).isZero();
        assertThat(count("select count(*) from visit_note where id = ? and undone_at is not null", saved.note().id()))
                .isEqualTo(1);
        assertThat(notes.undoLast(author, "web")).isEmpty();
    }

    @Test
    void personNamedInFullAndLaterBySurnameIsOnePerson() {
        String first = "全名 " + branchName;
        String later = "姓氏 " + branchName;
        extractor.answer(first, new Extraction(new BranchRef("建设银行", branchName), List.of(
                new ExtractedPerson("李娜", "大堂经理", "STAFF", List.of(new ExtractedFact("role", "大堂经理")))), List.of()));
        extractor.answer(later, new Extraction(new BranchRef("建设银行", branchName), List.of(
                new ExtractedPerson("李", "大堂经理", "STAFF", List.of(new ExtractedFact("hobby", "瑜伽")))), List.of()));

        notes.save(new NoteService.NewNote(author, first, LocalDate.of(2026, 11, 18), "web", null));
        var second = notes.save(new NoteService.NewNote(author, later, LocalDate.of(2026, 11, 19), "web", null));

        assertThat(second.people()).singleElement().satisfies(p -> assertThat(p.created()).isFalse());
        assertThat(count("select count(*) from person where branch_id = ?", branchId())).isEqualTo(1);
        assertThat(factsOf("李娜")).containsEntry("hobby", "瑜伽").containsEntry("role", "大堂经理");
    }

    @Test
    void twoPeopleWithOneSurnameInDifferentRolesAreTwo() {
        String text = "两个王 " + branchName;
        extractor.answer(text, new Extraction(new BranchRef("建设银行", branchName), List.of(
                new ExtractedPerson("王", "行长", "STAFF", List.of(new ExtractedFact("role", "行长"))),
                new ExtractedPerson("王", "柜员", "STAFF", List.of(new ExtractedFact("role", "柜员")))), List.of()));

        notes.save(new NoteService.NewNote(author, text, LocalDate.of(2026, 11, 18), "web", null));

        assertThat(count("select count(*) from person where branch_id = ? and name = '王'", branchId())).isEqualTo(2);
    }

    @Test
    void ambiguousMentionAsksWhichOneAndSavesTheAnswer() {
        String setup = "先有两个王 " + branchName;
        String vague = "王说下周来 " + branchName;
        extractor.answer(setup, new Extraction(new BranchRef("建设银行", branchName), List.of(
                new ExtractedPerson("王", "行长", "STAFF", List.of(new ExtractedFact("role", "行长"))),
                new ExtractedPerson("王", "柜员", "STAFF", List.of(new ExtractedFact("role", "柜员")))), List.of()));
        extractor.answer(vague, new Extraction(new BranchRef("建设银行", branchName), List.of(
                new ExtractedPerson("王", null, "STAFF", List.of(new ExtractedFact("hobby", "钓鱼")))), List.of()));
        notes.save(new NoteService.NewNote(author, setup, LocalDate.of(2026, 11, 18), "web", null));
        assertThatThrownBy(() -> notes.save(new NoteService.NewNote(author, vague, LocalDate.of(2026, 11, 18), "web", null)))
                .isInstanceOf(PersonChoiceNeeded.class);
        long notesBefore = count("select count(*) from visit_note where member_id = ?", author.id());

        var question = conversation.handle(author, message(vague));
        assertThat(question.text()).contains("1.").contains("2.").contains("请回复序号");
        assertThat(count("select count(*) from visit_note where member_id = ?", author.id())).isEqualTo(notesBefore);

        var answer = conversation.handle(author, message("1"));

        assertThat(answer.text()).contains("已记下");
        assertThat(count("select count(*) from fact f join person p on p.id = f.person_id where p.branch_id = ? "
                + "and f.fact_key = 'hobby'", branchId())).isEqualTo(1);
        assertThat(count("select count(*) from person where branch_id = ?", branchId())).isEqualTo(2);
    }

    @Test
    void chatNoteThenUndoThroughTheConversation() {
        String text = "对话撤销 " + branchName;
        extractor.answer(text, exampleExtraction());

        var saved = conversation.handle(author, message(text));
        assertThat(saved.text()).contains("李娜");
        assertThat(count("select count(*) from person where branch_id = ?", branchId())).isEqualTo(3);

        var undone = conversation.handle(author, message("撤销"));

        assertThat(undone.text()).contains("已撤销");
        assertThat(count("select count(*) from person p join branch b on b.id = p.branch_id where b.name = ?",
                branchName)).isZero();
    }

    private InboundMessage message(String text) {
        return new InboundMessage("web", Fixtures.unique("msg"), author.login(), null, text, Instant.now(), true);
    }

    private Extraction exampleExtraction() {
        return new Extraction(new BranchRef("建设银行", branchName), List.of(
                new ExtractedPerson("王", "行长", "STAFF", List.of(new ExtractedFact("role", "行长"),
                        new ExtractedFact("birthday", "--11-25"), new ExtractedFact("hobby", "喝普洱"))),
                new ExtractedPerson("李娜", "大堂经理", "STAFF", List.of(new ExtractedFact("role", "大堂经理"),
                        new ExtractedFact("previous_branch", "河西支行"), new ExtractedFact("phone", "13812345678"))),
                new ExtractedPerson("张", "先生", "CUSTOMER", List.of(new ExtractedFact("asset", "500000"),
                        new ExtractedFact("product", "理财"), new ExtractedFact("maturity", "2026-12-05"),
                        new ExtractedFact("interest", "年金险")))),
                List.of(new ExtractedTask(LocalDate.of(2026, 11, 23), "张", "再聊年金险")));
    }

    private Long branchId() {
        return jdbc.queryForObject("select id from branch where name = ?", Long.class, branchName);
    }

    private Map<String, String> factsOf(String name) {
        var result = new java.util.HashMap<String, String>();
        jdbc.query("select f.fact_key, f.fact_value from fact f join person p on p.id = f.person_id "
                        + "join branch b on b.id = p.branch_id where b.name = ? and p.name = ? and f.superseded_at is null",
                rs -> { result.put(rs.getString(1), cipher.decrypt(rs.getString(2))); }, branchName, name);
        return result;
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
