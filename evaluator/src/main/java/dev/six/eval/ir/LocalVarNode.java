package dev.six.eval.ir;

import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Thunk;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;

/** A lexically bound variable: slot {@code index} of the environment {@code level} scopes up. */
public final class LocalVarNode extends Node {
  private final int level;
  private final int index;

  public LocalVarNode(SourceFile file, int offset, int level, int index) {
    super(file, offset);
    this.level = level;
    this.index = index;
  }

  private Value slot(Env env) {
    Env e = env;
    for (int i = level; i > 0; i--) {
      e = e.up;
    }
    return e.slots[index];
  }

  @Override
  public Value eval(EvalState st, Env env) {
    Value v = slot(env);
    return v instanceof Thunk t ? t.force(st, this) : v;
  }

  @Override
  public Value lazy(EvalState st, Env env) {
    Value v = slot(env);
    // A binding of the same scope may not be filled in yet (let x = x; ...): then a thunk.
    return v != null ? v : super.lazy(st, env);
  }
}
