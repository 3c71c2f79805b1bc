package com.branchmate.bot.channels;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ChannelSendMapper {

    void insert(@Param("send") ChannelSend send);

    /** Newest first; status and channel narrow the list when given. */
    java.util.List<ChannelSend> findRecent(@Param("status") String status, @Param("channel") String channel,
                                          @Param("limit") int limit);

    java.util.List<ChannelSendCount> countSince(@Param("since") java.time.Instant since);
}
