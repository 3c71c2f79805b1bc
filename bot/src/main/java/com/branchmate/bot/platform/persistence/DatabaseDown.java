package com.branchmate.bot.platform.persistence;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database could not be reached or failed for now (worth keeping the work and retrying
 * later): besides refused connections, a commit or rollback that failed (TransactionSystemException), a connection
 * lost mid-way (RecoverableDataAccessException, SQLRecoverableException) and the driver's transient errors.
 */
public final class DatabaseDown {

    private DatabaseDown() {
    }

    public static boolean is(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            // Recoverable: the connection broke mid-statement (a socket timeout on a hung or partitioned database);
            // TransactionSystemException: the commit or rollback itself could not reach the database.
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof CannotCreateTransactionException || t instanceof TransactionSystemException
                    || t instanceof RecoverableDataAccessException || t instanceof SQLRecoverableException
                    || t instanceof SQLTransientException) {
                return true;
            }
        }
        return false;
    }
}
