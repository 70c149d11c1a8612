package dev.six.eval.formats;

/**
 * A text that a data-format parser rejects, with the message Nix gives for it. The built-in that
 * ran the parser turns it into an evaluation error; the parsers themselves know nothing of
 * evaluation.
 */
public final class FormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FormatException(String message) {
    super(message, null, false, false);
  }
}
