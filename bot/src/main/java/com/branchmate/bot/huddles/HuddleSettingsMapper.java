package com.branchmate.bot.huddles;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface HuddleSettingsMapper {

    HuddleSettings findByTeam(@Param("teamId") long teamId);

    List<HuddleSettings> findEnabled();

    void delete(@Param("teamId") long teamId);

    void insert(@Param("s") HuddleSettings settings);
}
