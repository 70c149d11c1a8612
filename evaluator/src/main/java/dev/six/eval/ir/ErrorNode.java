package dev.six.eval.ir;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;

/**
 * Stands for code that did not parse or check (a syntax error, an undefined name): evaluating it
 * reports the problem. Files with errors are normally refused before evaluation; this keeps the
 * evaluator total when a caller evaluates them anyway (an editor showing what it can).
 */
public final class ErrorNode extends Node {
  private final String message;

  public ErrorNode(SourceFile file, int offset, String message) {
    super(file, offset);
    this.message = message;
  }

  public ErrorNode(SourceFile file, int offset) {
    this(file, offset, "syntax error");
  }

  @Override
  public Value eval(EvalState st, Env env) {
    throw new EvalError(message.startsWith("undefined") ? ErrorKind.UNDEFINED_VARIABLE : ErrorKind.PARSE_ERROR,
        message, pos());
  }
}
