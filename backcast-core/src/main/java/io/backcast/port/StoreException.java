package io.backcast.port;

/** A storage failure: the database refused or could not be reached. Nothing of the use case was kept. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
