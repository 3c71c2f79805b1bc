package com.branchmate.bot.channels;

/** What the channels themselves say to a member (the conversation's own replies live in conversation/). */
public final class ChannelReplies {

    public static final String BUSY = "现在消息有点多，这条还没来得及处理，请过一会儿再发一次。";

    public static final String VOICE_NOT_RECOGNISED = "暂时听不懂这条语音，请直接打字发给我。";

    public static final String UNSUPPORTED = "暂时只能处理文字和语音消息，请直接打字发给我。";

    /** Before a reply that comes long after its message (resumed after a restart or an outage). */
    public static final String LATE = "你之前发的消息现在处理好了：\n";

    /** When the database could not take a message and it waits on disk; the real reply follows once it is back. */
    public static final String KEPT = "系统数据库暂时连不上，这条消息已经暂存在本机，恢复后会自动保存并回复你，不用重发。";

    public static final String NOT_PROCESSED = "这条消息没能处理，请稍后再发一次。";

    public static final String TRUNCATED = "\n（内容较长，其余部分未显示）";

    private ChannelReplies() {
    }
}
