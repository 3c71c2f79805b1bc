package com.branchmate.bot.channels;

/** How many message parts went out on a channel with a status, for the console's summary. */
public record ChannelSendCount(String channel, String status, long sends) {
}
