package dev.six.eval.ir;

import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.Value;

/** {@code !e}. */
public final class NotNode extends Node {
  private final Node operand;

  public NotNode(SourceFile file, int offset, Node operand) {
    super(file, offset);
    this.operand = operand;
  }

  @Override
  public Value eval(EvalState st, Env env) {
    return NixBool.of(!st.forceBool(operand.eval(st, env), pos()));
  }
}
