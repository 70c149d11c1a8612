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
    int i = 0;
    for (; i + 1 < args.length; i += 2) {
      f = st.force(st.call(f, args[i].lazy(st, env), args[i + 1].lazy(st, env), pos()));
    }
    if (i < args.length) {
      f = st.force(st.call(f, args[i].lazy(st, env), pos()));
    }
    return f;
  }
}
