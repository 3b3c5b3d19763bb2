package org.suqiu.platform.mongo;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.ErrorCategory;

/** Recognising MongoDB's answers that mean something to the caller. */
public final class MongoErrors {

    private MongoErrors() {
    }

    /** Whether a write failed on a unique index (E11000): someone else already wrote that key. */
    public static boolean isDuplicateKey(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof MongoWriteException write && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return true;
            }
            if (t instanceof MongoCommandException command && command.getErrorCode() == 11000) {
                return true;
            }
        }
        return false;
    }
}
