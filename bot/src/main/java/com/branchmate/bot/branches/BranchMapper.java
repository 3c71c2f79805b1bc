package com.branchmate.bot.branches;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import com.branchmate.bot.access.Visibility;
import com.branchmate.bot.platform.persistence.GeneratedId;

@Mapper
interface BranchMapper {

    Long findBankId(@Param("name") String name);

    void insertBank(@Param("name") String name, @Param("createdAt") Instant createdAt, @Param("id") GeneratedId id);

    Branch findById(@Param("id") long id);

    Branch findByBankAndName(@Param("bankId") long bankId, @Param("name") String name);

    /** Branches whose name (without bank) matches, e.g. 城南支行 under any bank. */
    /** Branches of that name within a read scope. */
    List<Branch> findByName(@Param("name") String name, @Param("scope") Visibility scope);

    void insert(@Param("branch") Branch branch, @Param("sourceNoteId") Long sourceNoteId, @Param("id") GeneratedId id);

    /** Branches the scope may see: owned by the member, or by a member of the team. */
    List<Branch> findVisible(@Param("scope") Visibility scope);

    List<BranchSummary> findSummaries(@Param("scope") Visibility scope);

    /** Corrects a branch's bank or name (a typo in a note, a renamed branch); notes and people keep pointing at it. */
    int rename(@Param("id") long id, @Param("bankId") long bankId, @Param("name") String name,
               @Param("updatedAt") java.time.Instant updatedAt);

    int update(@Param("id") long id, @Param("ownerMemberId") Long ownerMemberId, @Param("address") String address,
               @Param("updatedAt") Instant updatedAt);

    int deleteCreatedByNote(@Param("noteId") long noteId);
}
