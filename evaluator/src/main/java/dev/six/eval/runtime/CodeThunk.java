package dev.six.eval.runtime;

import dev.six.eval.ir.Node;
import dev.six.eval.source.Pos;
import dev.six.eval.value.Value;

/** The common thunk: an expression and the environment it is evaluated in. */
final class CodeThunk extends Thunk {
  private Node code;
  private Env env;

  CodeThunk(Node code, Env env) {
    this.code = code;
    this.env = env;
  }

  @Override
  protected Value compute(EvalState st) {
    return code.eval(st, env);
  }

  @Override
  protected Pos position() {
    return code == null ? null : code.pos();
  }

  @Override
  protected void release() {
    code = null;
    env = null;
  }
}
