package com.branchmate.bot.members;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import com.branchmate.bot.platform.persistence.GeneratedId;

@Mapper
interface TeamMapper {

    Team findByCode(@Param("code") String code);

    Team findById(@Param("id") long id);

    List<Team> findAll();

    void insert(@Param("team") Team team, @Param("id") GeneratedId id);

    int update(@Param("id") long id, @Param("code") String code, @Param("name") String name);
}
