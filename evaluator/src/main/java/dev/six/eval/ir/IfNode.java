package dev.six.eval.ir;

import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;

/** {@code if c then a else b}: the condition must be a Boolean. */
public final class IfNode extends Node {
  private final Node condition;
  private final Node then;
  private final Node otherwise;

  public IfNode(SourceFile file, int offset, Node condition, Node then, Node otherwise) {
    super(file, offset);
    this.condition = condition;
    this.then = then;
    this.otherwise = otherwise;
  }

  @Override
  public Value eval(EvalState st, Env env) {
    return st.forceBool(condition.eval(st, env), pos()) ? then.eval(st, env) : otherwise.eval(st, env);
  }
}
