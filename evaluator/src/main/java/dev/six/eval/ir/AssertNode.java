package dev.six.eval.ir;

import dev.six.eval.error.CatchableError;
import dev.six.eval.error.ErrorKind;
import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;

/** {@code assert c; body}: a false condition is a catchable error quoting the condition. */
public final class AssertNode extends Node {
  private final Node condition;
  private final Node body;
  /** The condition as Nix prints it in the message. */
  private final String shown;

  public AssertNode(SourceFile file, int offset, Node condition, Node body, String shown) {
    super(file, offset);
    this.condition = condition;
    this.body = body;
    this.shown = shown;
  }

  @Override
  public Value eval(EvalState st, Env env) {
    if (!st.forceBool(condition.eval(st, env), pos())) {
      throw new CatchableError(ErrorKind.ASSERTION_FAILED, "assertion '" + shown + "' failed", pos());
    }
    return body.eval(st, env);
  }
}
