package com.branchmate.extraction;

/**
 * lunar-java 1.6.3 caches lunar years in an unsynchronized static map: every call into it (Lunar, Solar,
 * LunarYear) holds this lock, whichever feature or module makes it.
 */
public final class LunarLock {

    public static final Object LOCK = new Object();

    private LunarLock() {
    }
}
