package com.branchmate.bot.platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Work started in the background after start-up (search index, embedding model, offline rules, intent model): on the
 * common pool, with the application's class loader as the thread's context class loader. From Java 24 on,
 * common-pool threads carry the system class loader rather than their creator's; in the runnable jar that loader does
 * not see the nested jars, so the embedding model (found through the context class loader) failed to load, and
 * stayed failed for the life of the process.
 */
public final class Background {

    private Background() {
    }

    public static CompletableFuture<Void> run(Runnable task) {
        return run(task, ForkJoinPool.commonPool());
    }

    static CompletableFuture<Void> run(Runnable task, Executor executor) {
        ClassLoader application = Background.class.getClassLoader();
        return CompletableFuture.runAsync(() -> {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(application);
            try {
                task.run();
            } finally {
                thread.setContextClassLoader(previous);
            }
        }, executor);
    }
}
