package com.branchmate.bot.platform.kv;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ClaimMapper {

    int deleteExpired(@Param("key") String key, @Param("now") Instant now);

    void insert(@Param("key") String key, @Param("value") String value, @Param("expiresAt") Instant expiresAt);

    int delete(@Param("key") String key);

    String value(@Param("key") String key, @Param("now") Instant now);
}
