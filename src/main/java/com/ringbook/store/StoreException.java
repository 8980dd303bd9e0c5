package com.ringbook.store;

/** A storage failure (disk full, file locked, corrupt); the work that hit it did not land. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
