package com.branchmate.bot.access;

/** ADMIN sees everything; MANAGER their team; MEMBER their own branches, people and notes. */
public enum Role {
    ADMIN, MANAGER, MEMBER
}
