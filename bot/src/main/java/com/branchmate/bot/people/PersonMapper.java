package com.branchmate.bot.people;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import com.branchmate.bot.access.Visibility;
import com.branchmate.bot.platform.persistence.GeneratedId;

@Mapper
interface PersonMapper {

    void insert(@Param("person") Person person, @Param("sourceNoteId") Long sourceNoteId, @Param("id") GeneratedId id);

    /** The person when the scope may see them, else null. */
    Person findVisibleById(@Param("id") long id, @Param("scope") Visibility scope);

    /**
     * People the author may see (a member: their own or at their branches) at a branch (or without one when
     * branchId is null) whose name equals the given name or, for a
     * one-character surname, starts with it; or whose one-character name is the given name's surname.
     */
    List<Person> findNamesakes(@Param("branchId") Long branchId, @Param("name") String name,
                               @Param("surname") String surname, @Param("ownerMemberId") long ownerMemberId,
                               @Param("scope") Visibility scope);

    /** People the scope may see whose name, title or branch contains the query (all when query is null). */
    List<Person> findVisible(@Param("scope") Visibility scope, @Param("query") String query,
                             @Param("branchId") Long branchId, @Param("limit") int limit);

    /** People the scope may see who have a current fact with this key. */
    List<Person> findVisibleHavingFact(@Param("scope") Visibility scope, @Param("factKey") String factKey);

    void touch(@Param("id") long id, @Param("name") String name, @Param("title") String title, @Param("at") Instant at);

    int update(@Param("person") Person person);

    int markErased(@Param("id") long id, @Param("at") Instant at);

    /** Undo: people a note created go, once none of their facts are left. */
    int moveBranchOfNote(@Param("noteId") long noteId, @Param("from") long from, @Param("to") long to,
                         @Param("at") Instant at);

    int deleteCreatedByNote(@Param("noteId") long noteId);
}
