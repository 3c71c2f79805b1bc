package com.branchmate.bot.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

class ConcurrencyRetryTest {

    @Test
    void aTransactionThatLostARaceRunsAgain() {
        AtomicInteger calls = new AtomicInteger();

        String result = ConcurrencyRetry.run(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new CannotAcquireLockException("Deadlock found when trying to get lock");
            }
            if (calls.get() == 2) {
                throw new DuplicateKeyException("uk_branch_bank_name");
            }
            return "saved";
        });

        assertThat(result).isEqualTo("saved");
        assertThat(calls).hasValue(3);
    }

    @Test
    void aLostRaceThatKeepsHappeningFailsAfterAFewTries() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> ConcurrencyRetry.run(() -> {
            calls.incrementAndGet();
            throw new CannotAcquireLockException("lock wait timeout");
        })).isInstanceOf(CannotAcquireLockException.class);
        assertThat(calls).hasValue(4);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> ConcurrencyRetry.run(() -> {
            calls.incrementAndGet();
            throw new DataIntegrityViolationException("value too long");
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(calls).hasValue(1);
    }
}
