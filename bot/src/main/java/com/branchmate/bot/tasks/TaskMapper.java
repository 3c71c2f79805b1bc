package com.branchmate.bot.tasks;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import com.branchmate.bot.access.Visibility;
import com.branchmate.bot.platform.persistence.GeneratedId;

@Mapper
interface TaskMapper {

    void insert(@Param("task") Task task, @Param("id") GeneratedId id);

    List<Task> findByNote(@Param("noteId") long noteId);

    /** Open tasks the scope may see, due on or before {@code dueBy} when given, soonest first. */
    List<Task> findOpen(@Param("scope") Visibility scope, @Param("dueBy") LocalDate dueBy, @Param("limit") int limit);

    /** Tasks the scope may see: open ones soonest first, or all of them newest first. */
    List<Task> findVisible(@Param("scope") Visibility scope, @Param("openOnly") boolean openOnly,
                           @Param("limit") int limit);

    Task findById(@Param("id") long id);

    int markDone(@Param("id") long id, @Param("done") boolean done, @Param("at") java.time.Instant at);

    List<Task> findByPerson(@Param("personId") long personId);

    int detachPerson(@Param("personId") long personId, @Param("content") String content);

    int deleteByNote(@Param("noteId") long noteId);
}
