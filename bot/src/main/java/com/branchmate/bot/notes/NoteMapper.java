package com.branchmate.bot.notes;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import com.branchmate.bot.access.Visibility;
import com.branchmate.bot.platform.persistence.GeneratedId;

@Mapper
interface NoteMapper {

    void insert(@Param("note") VisitNote note, @Param("id") GeneratedId id);

    /** Locks the author's member row until the transaction ends: one member's notes are saved one at a time. */
    Long lockAuthor(@Param("memberId") long memberId);

    VisitNote findById(@Param("id") long id);

    VisitNote findByChannelMessage(@Param("channel") String channel, @Param("messageId") String messageId);

    void updateExtraction(@Param("id") long id, @Param("branchId") Long branchId,
                          @Param("status") ExtractionStatus status, @Param("json") String json);

    int updateBranch(@Param("id") long id, @Param("branchId") long branchId);

    /** The member's most recent note that has not been undone. */
    VisitNote findLastActive(@Param("memberId") long memberId);

    /** Marks a note undone and lets go of its branch, so an undone note keeps no branch alive. */
    int markUndone(@Param("id") long id, @Param("at") java.time.Instant at);

    /** One row per note of the team's members on that day: member and branch name (null when none). */
    List<NoteActivityRow> findActivity(@Param("teamId") long teamId, @Param("date") java.time.LocalDate date);

    /** Author and day of every note the scope may see since a date, for weekly counts. */
    List<NoteDayRow> findDays(@Param("scope") Visibility scope, @Param("since") java.time.LocalDate since);

    int updateText(@Param("id") long id, @Param("rawText") String rawText, @Param("json") String json);

    /** Notes the scope may see, newest first; {@code memberId} narrows to one author. Undone notes are left out. */
    List<VisitNote> findVisible(@Param("scope") Visibility scope, @Param("memberId") Long memberId,
                                @Param("limit") int limit);

    /** Notes the scope may see in a date range (either end open), newest first, at most {@code limit}. */
    List<VisitNote> findInRange(@Param("scope") Visibility scope, @Param("memberId") Long memberId,
                                @Param("from") java.time.LocalDate from, @Param("to") java.time.LocalDate to,
                                @Param("limit") int limit);

    /** Removes the note row itself; its facts and tasks must be gone first (they refer to it). */
    int delete(@Param("id") long id);
}
