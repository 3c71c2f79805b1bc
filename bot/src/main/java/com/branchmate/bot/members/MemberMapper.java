package com.branchmate.bot.members;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import com.branchmate.bot.access.Member;
import com.branchmate.bot.platform.persistence.GeneratedId;

@Mapper
interface MemberMapper {

    Member findByLogin(@Param("login") String login);

    Member findById(@Param("id") long id);

    Member findByWecomUserId(@Param("wecomUserId") String wecomUserId);

    Member findByDingtalkStaffId(@Param("dingtalkStaffId") String dingtalkStaffId);

    /** Members of one team, or of every team when teamId is null. */
    List<Member> findAll(@Param("teamId") Long teamId);

    void insert(@Param("member") Member member, @Param("id") GeneratedId id);

    int update(@Param("member") Member member);
}
