package dev.six.eval.error;

import dev.six.eval.source.Pos;

/** {@code throw} and failed assertions: the errors {@code builtins.tryEval} turns into a value. */
public final class CatchableError extends NixError {
  private static final long serialVersionUID = 1L;

  public CatchableError(ErrorKind kind, String message, Pos pos) {
    super(kind, message, pos);
    if (!kind.catchable()) {
      throw new IllegalArgumentException(kind + " is not catchable");
    }
  }
}
