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
                @Param("createdAt") Instant createdAt, @Param("id") com.branchmate.bot.platform.persistence.GeneratedId id);

    /** Tokens of one member, or of everyone when memberId is null. */
    java.util.List<ApiTokenView> findAll(@Param("memberId") Long memberId);

    int revoke(@Param("id") long id, @Param("memberId") Long memberId, @Param("at") Instant at);
}
