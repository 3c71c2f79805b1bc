package com.branchmate.bot.platform.persistence;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Whether a failure means the database could not be reached (worth keeping the work and retrying later). */
public final class DatabaseDown {

    private DatabaseDown() {
    }

    public static boolean is(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            // Recoverable: the connection broke mid-statement (a socket timeout on a hung or partitioned database);
            // TransactionSystemException: the commit or rollback itself could not reach the database.
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof CannotCreateTransactionException || t instanceof RecoverableDataAccessException
                    || t instanceof TransactionSystemException) {
                return true;
            }
        }
        return false;
    }
}
