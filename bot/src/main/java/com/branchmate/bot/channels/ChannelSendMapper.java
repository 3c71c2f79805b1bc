package com.branchmate.bot.channels;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ChannelSendMapper {

    void insert(@Param("send") ChannelSend send);
}
