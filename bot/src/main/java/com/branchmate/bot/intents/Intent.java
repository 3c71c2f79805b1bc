package com.branchmate.bot.intents;

/** What a chat message asks the bot to do. Decided once per message; the handler of that intent acts on it. */
public enum Intent {
    /** A visit note: facts about branch staff or customers, follow-ups. */
    NOTE,
    /** Fixes a fact recorded earlier. */
    CORRECTION,
    /** Takes the last note back. */
    UNDO,
    /** Reports a follow-up task as done. */
    TASK_DONE,
    /** The member's own results or plan for the day (visits, policies, premium). */
    DAY_REPORT,
    /** Asks about recorded people, branches or the member's own tasks. */
    PEOPLE_QUESTION,
    /** Asks the playbook how to do the job. */
    PLAYBOOK_QUESTION,
    /** Asks for words to say to a customer or a branch. */
    SCRIPT_REQUEST,
    /** Asks what the bot can do or how to use it. */
    HELP,
    /** Small talk, acknowledgements, off-topic: nothing to record. */
    OTHER
}
