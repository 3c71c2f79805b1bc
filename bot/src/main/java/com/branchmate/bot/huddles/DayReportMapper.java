package com.branchmate.bot.huddles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import com.branchmate.bot.platform.persistence.GeneratedId;

@Mapper
interface DayReportMapper {

    void insert(@Param("report") DayReport report, @Param("id") GeneratedId id);

    /** A later answer the same day replaces the earlier one, which stays as history. */
    int supersedeEarlier(@Param("memberId") long memberId, @Param("date") LocalDate date, @Param("keepId") long keepId,
                         @Param("at") Instant at);

    /** The current report of each member of the team for the day. */
    List<DayReport> findCurrent(@Param("teamId") long teamId, @Param("date") LocalDate date);

    List<DayReport> findHistory(@Param("memberId") long memberId, @Param("date") LocalDate date);
}
