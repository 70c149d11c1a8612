package dev.six.eval.ir;

import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Thunk;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;

/**
 * A lexically bound variable: slot {@code index} of the environment {@code level} scopes up, or
 * that environment's inline argument when it is a plain function's scope.
 */
public final class LocalVarNode extends Node {
  private final int level;
  private final int index;
  private final boolean argument;

  public LocalVarNode(SourceFile file, int offset, int level, int index, boolean argument) {
    super(file, offset);
    this.level = level;
    this.index = index;
    this.argument = argument;
  }

  private Value slot(Env env) {
    Env e = env;
    for (int i = level; i > 0; i--) {
      e = e.up;
    }
    return argument ? e.argument : e.slots[index];
  }

  /**
   * The variable's value. A thunk found in the slot is replaced by its value once forced (unless
   * something else took the slot meanwhile, as {@code __overrides} does): later reads skip it,
   * and the thunk can die young instead of being kept, and copied, by the garbage collector.
   */
  @Override
  public Value eval(EvalState st, Env env) {
    Env e = env;
    for (int i = level; i > 0; i--) {
      e = e.up;
    }
    if (argument) {
      Value v = e.argument;
      if (v instanceof Thunk t) {
        v = t.force(st, this);
        e.argument = v;
      }
      return v;
    }
    Value[] slots = e.slots;
    Value v = slots[index];
    if (v instanceof Thunk t) {
      v = t.force(st, this);
      if (slots[index] == t) {
        slots[index] = v;
      }
    }
    return v;
  }

  @Override
  public Value lazy(EvalState st, Env env) {
    Value v = slot(env);
    // A binding of the same scope may not be filled in yet (let x = x; ...): then a thunk.
    return v != null ? v : super.lazy(st, env);
  }
}
