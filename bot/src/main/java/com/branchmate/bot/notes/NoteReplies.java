package com.branchmate.bot.notes;

/** What the bot says about notes, in one place. */
final class NoteReplies {

    static final int MAX_NOTE_CHARS = 5_000;

    static final String EMPTY = "没有收到内容。请把拜访情况用文字发给我，例如：今天去了建行城南支行，王行长下周三过生日。";
    static final String TOO_LONG = "这条笔记超过了 " + MAX_NOTE_CHARS + " 字，请分成几条发送。";
    static final String NOTHING_READABLE = "没看懂这条消息：里面没有文字内容。请用文字描述拜访情况。";

    private NoteReplies() {
    }

    static String saved(long noteId) {
        return "已记下这条拜访笔记（#" + noteId + "）。";
    }
}
