package com.branchmate.bot.huddles;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import com.branchmate.bot.platform.persistence.GeneratedId;

@Mapper
interface CalendarDayMapper {

    /** Official additions (team null) when teamId is null, else that team's overrides. */
    List<CalendarDay> find(@Param("teamId") Long teamId);

    void insert(@Param("day") CalendarDay day, @Param("id") GeneratedId id);

    CalendarDay findById(@Param("id") long id);

    int delete(@Param("id") long id);
}
