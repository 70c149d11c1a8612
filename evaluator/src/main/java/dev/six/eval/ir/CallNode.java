package dev.six.eval.ir;

import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;

/** {@code f a b}: the function is evaluated, the arguments go in lazily. */
public final class CallNode extends Node {
  private final Node function;
  private final Node[] args;

  public CallNode(SourceFile file, int offset, Node function, Node[] args) {
    super(file, offset);
    this.function = function;
    this.args = args;
  }

  @Override
  public Value eval(EvalState st, Env env) {
    Value f = function.eval(st, env);
    for (Node arg : args) {
      f = st.force(st.call(f, arg.lazy(st, env), pos()));
    }
    return f;
  }
}
