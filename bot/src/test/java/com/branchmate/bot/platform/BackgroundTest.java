package com.branchmate.bot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class BackgroundTest {

    @Test
    void runsWithTheApplicationsClassLoaderThenGivesThePoolThreadItsOwnBack() throws Exception {
        // A pool thread that carries another loader, as Java 24+ common-pool threads carry the system class loader.
        ClassLoader foreign = new URLClassLoader(new URL[0], null);
        ExecutorService pool = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task);
            thread.setContextClassLoader(foreign);
            return thread;
        });
        try {
            AtomicReference<ClassLoader> during = new AtomicReference<>();
            Background.run(() -> during.set(Thread.currentThread().getContextClassLoader()), pool)
                    .get(10, TimeUnit.SECONDS);
            ClassLoader after = pool.submit(() -> Thread.currentThread().getContextClassLoader()).get(10, TimeUnit.SECONDS);

            assertThat(during.get()).isSameAs(Background.class.getClassLoader());
            assertThat(after).isSameAs(foreign);
        } finally {
            pool.shutdownNow();
        }
    }
}
