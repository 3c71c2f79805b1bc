package com.branchmate.bot.huddles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import com.branchmate.bot.platform.persistence.GeneratedId;

@Mapper
interface HuddleMapper {

    /** Claims the (team, date, kind) slot; the unique index makes a second claim fail with a duplicate key. */
    void insert(@Param("huddle") HuddleRecord huddle, @Param("id") GeneratedId id);

    HuddleRecord find(@Param("teamId") long teamId, @Param("date") LocalDate date, @Param("kind") HuddleKind kind);

    int finish(@Param("id") long id, @Param("status") HuddleStatus status, @Param("markdown") String markdown,
               @Param("sentAt") Instant sentAt, @Param("detail") String detail);

    List<HuddleRecord> findRecent(@Param("teamId") long teamId, @Param("limit") int limit);
}
