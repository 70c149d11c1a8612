package dev.six.eval.error;

import dev.six.eval.source.Pos;

/** An error {@code tryEval} does not catch: type errors, {@code abort}, infinite recursion, ... */
public final class EvalError extends NixError {
  private static final long serialVersionUID = 1L;

  public EvalError(ErrorKind kind, String message, Pos pos) {
    super(kind, message, pos);
    if (kind.catchable()) {
      throw new IllegalArgumentException(kind + " is catchable");
    }
  }

  public static EvalError typeError(String message, Pos pos) {
    return new EvalError(ErrorKind.TYPE_ERROR, message, pos);
  }

  public static EvalError of(ErrorKind kind, String message) {
    return new EvalError(kind, message, null);
  }
}
