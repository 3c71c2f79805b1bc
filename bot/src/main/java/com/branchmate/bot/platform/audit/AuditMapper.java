package com.branchmate.bot.platform.audit;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditMapper {

    void insert(@Param("entry") AuditEntry entry);

    List<AuditEntry> findRecent(@Param("targetType") String targetType, @Param("targetId") String targetId,
                                @Param("limit") int limit);
}
