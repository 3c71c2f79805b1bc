package com.branchmate.bot.people;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import com.branchmate.bot.platform.persistence.GeneratedId;

@Mapper
interface FactMapper {

    void insert(@Param("fact") Fact fact, @Param("id") GeneratedId id);

    List<Fact> findCurrent(@Param("personIds") Collection<Long> personIds);

    /** Every fact of a person, current and superseded, newest first. */
    List<Fact> findHistory(@Param("personId") long personId);

    List<Fact> findByNote(@Param("noteId") long noteId);

    int supersede(@Param("id") long id, @Param("at") Instant at, @Param("by") Long by);

    /** Undo: facts replaced by these facts become current again. */
    int restoreSupersededBy(@Param("factIds") Collection<Long> factIds);

    int deleteByNote(@Param("noteId") long noteId);

    int deleteByPerson(@Param("personId") long personId);

    /** Facts stored in plain text with an id above {@code afterId}, in id order: for sealing rows written before. */
    List<Fact> findPlainAfter(@Param("afterId") long afterId, @Param("limit") int limit);

    /** Replaces a plain value by its sealed form, unless another instance already did. */
    int seal(@Param("id") long id, @Param("plain") String plain, @Param("sealed") String sealed);
}
