package com.branchmate.bot.platform.persistence;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Runs a whole transaction again when it lost a race with another instance: a deadlock or lock timeout (the
 * database rolled it back), or a unique row that appeared between its check and its insert. A few tries with a
 * short random pause; then the failure stands.
 */
public final class ConcurrencyRetry {

    private static final Logger log = LoggerFactory.getLogger(ConcurrencyRetry.class);
    private static final int ATTEMPTS = 4;

    private ConcurrencyRetry() {
    }

    public static <T> T run(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (ConcurrencyFailureException | DuplicateKeyException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                log.info("Transaction lost a race ({}), running it again ({}/{})", e.getClass().getSimpleName(),
                        attempt + 1, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
