package dev.six.eval.ir;

import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.WithEnv;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;

/** {@code with e; body}: {@code e} is evaluated only when a name is looked up in it. */
public final class WithNode extends Node {
  private final Node attrs;
  private final Node body;

  public WithNode(SourceFile file, int offset, Node attrs, Node body) {
    super(file, offset);
    this.attrs = attrs;
    this.body = body;
  }

  @Override
  public Value eval(EvalState st, Env env) {
    return body.eval(st, new WithEnv(env, attrs.lazy(st, env)));
  }
}
