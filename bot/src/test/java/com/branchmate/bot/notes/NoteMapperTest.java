package com.branchmate.bot.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.access.Visibility;
import com.branchmate.bot.platform.persistence.GeneratedId;
import com.branchmate.bot.support.Fixtures;

@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Tag("persistence")
class NoteMapperTest {

    @Autowired
    NoteMapper notes;

    @Autowired
    JdbcTemplate jdbc;

    private long teamId;
    private long author;
    private long teammate;
    private long outsider;

    @BeforeEach
    void createMembers() {
        var fixtures = new Fixtures(jdbc);
        teamId = fixtures.team();
        author = fixtures.member(teamId, "MEMBER");
        teammate = fixtures.member(teamId, "MEMBER");
        outsider = fixtures.member(fixtures.team(), "MEMBER");
    }

    @Test
    void noteTextKeepsChineseAndEmoji() {
        String text = "今天去了建行城南支行🎂，王行长下周三过生日，喜欢喝普洱🍵";
        long id = insert(note(author, text, "web", null));

        assertThat(notes.findById(id).rawText()).isEqualTo(text);
        assertThat(jdbc.queryForObject("select raw_text from visit_note where id = ?", String.class, id)).isEqualTo(text);
    }

    @Test
    void savedNoteReadsBackWithItsAuthorAndStatus() {
        long id = insert(note(author, "拜访农行莲花支行", "wecom", "msg-1-" + author));

        VisitNote read = notes.findById(id);
        assertThat(read.memberId()).isEqualTo(author);
        assertThat(read.channel()).isEqualTo("wecom");
        assertThat(read.extractionStatus()).isEqualTo(ExtractionStatus.PENDING);
        assertThat(read.referenceDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(notes.findByChannelMessage("wecom", "msg-1-" + author).id()).isEqualTo(id);
    }

    @Test
    void samePlatformMessageCannotBeSavedTwice() {
        insert(note(author, "第一次", "dingtalk", "dup-" + author));

        assertThatThrownBy(() -> insert(note(author, "重复投递", "dingtalk", "dup-" + author)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(jdbc.queryForObject("select count(*) from visit_note where channel_message_id = ?", Integer.class,
                "dup-" + author)).isEqualTo(1);
    }

    @Test
    void visibilityLimitsNotesToOwnerOrTeam() {
        long own = insert(note(author, "我的笔记", "web", null));
        long mate = insert(note(teammate, "同事的笔记", "web", null));
        long other = insert(note(outsider, "别的团队", "web", null));

        assertThat(notes.findVisible(Visibility.member(author), null, 50)).extracting(VisitNote::id)
                .contains(own).doesNotContain(mate, other);
        assertThat(notes.findVisible(Visibility.team(teamId), null, 50)).extracting(VisitNote::id)
                .contains(own, mate).doesNotContain(other);
        assertThat(notes.findVisible(Visibility.everything(), null, 500)).extracting(VisitNote::id)
                .contains(own, mate, other);
        assertThat(notes.findVisible(Visibility.team(teamId), teammate, 50)).extracting(VisitNote::id)
                .containsExactly(mate);
    }

    @Test
    void newestNotesComeFirstAndLimitApplies() {
        long first = insert(note(author, "早", "web", null, Instant.parse("2026-11-20T01:00:00Z")));
        long second = insert(note(author, "晚", "web", null, Instant.parse("2026-11-21T01:00:00Z")));

        assertThat(notes.findVisible(Visibility.member(author), null, 1)).extracting(VisitNote::id)
                .containsExactly(second);
        assertThat(notes.findVisible(Visibility.member(author), null, 10)).extracting(VisitNote::id)
                .containsExactly(second, first);
    }

    private static VisitNote note(long memberId, String text, String channel, String messageId) {
        return note(memberId, text, channel, messageId, Instant.now());
    }

    private static VisitNote note(long memberId, String text, String channel, String messageId, Instant createdAt) {
        return new VisitNote(null, memberId, null, null, null, text, LocalDate.of(2026, 11, 23), channel, messageId,
                ExtractionStatus.PENDING, null, createdAt, null);
    }

    private long insert(VisitNote note) {
        GeneratedId id = new GeneratedId();
        notes.insert(note, id);
        return id.get();
    }
}
