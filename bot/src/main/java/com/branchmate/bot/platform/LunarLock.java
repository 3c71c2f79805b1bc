package com.branchmate.bot.platform;

/**
 * lunar-java 1.6.3 caches lunar years in an unsynchronized static map: every call into it (Lunar, Solar,
 * LunarYear) holds this lock, whichever feature makes it. The same object as the extraction module's lock, which
 * reads lunar dates too.
 */
public final class LunarLock {

    public static final Object LOCK = com.branchmate.extraction.LunarLock.LOCK;

    private LunarLock() {
    }
}
