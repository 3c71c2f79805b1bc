package com.branchmate.bot.notes;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import com.branchmate.bot.members.Visibility;
import com.branchmate.bot.platform.persistence.GeneratedId;

@Mapper
interface NoteMapper {

    void insert(@Param("note") VisitNote note, @Param("id") GeneratedId id);

    VisitNote findById(@Param("id") long id);

    VisitNote findByChannelMessage(@Param("channel") String channel, @Param("messageId") String messageId);

    /** Notes the scope may see, newest first; {@code memberId} narrows to one author. Undone notes are left out. */
    List<VisitNote> findVisible(@Param("scope") Visibility scope, @Param("memberId") Long memberId,
                                @Param("limit") int limit);
}
