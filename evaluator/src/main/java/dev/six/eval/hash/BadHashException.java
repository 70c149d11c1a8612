package dev.six.eval.hash;

/**
 * A text that is not a valid hash, with Nix's message; built-ins turn it into an evaluation error
 * at their call.
 */
public final class BadHashException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadHashException(String message) {
    super(message);
  }
}
