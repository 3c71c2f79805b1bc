package com.branchmate.bot.platform.security;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ApiTokenMapper {

    /** The login of the member who owns an active token with this hash, or null. */
    String findActiveOwnerLogin(@Param("tokenHash") String tokenHash);

    void markUsed(@Param("tokenHash") String tokenHash, @Param("at") Instant at);

    void insert(@Param("name") String name, @Param("tokenHash") String tokenHash, @Param("memberId") long memberId,
                @Param("createdAt") Instant createdAt);
}
