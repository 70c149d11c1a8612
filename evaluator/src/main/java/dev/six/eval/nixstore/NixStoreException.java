package dev.six.eval.nixstore;

/**
 * A failure of the installed Nix or of talking to it, with a message in Nix's words (what follows
 * {@code error: }). Registration stops at the first one.
 */
public final class NixStoreException extends Exception {
  public NixStoreException(String message) {
    super(message);
  }

  public NixStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
