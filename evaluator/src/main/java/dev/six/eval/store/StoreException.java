package dev.six.eval.store;

/**
 * A path that cannot become a store path (a bad name, an unreadable or unsupported file), with
 * Nix's message; the store turns it into an evaluation error.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }
}
