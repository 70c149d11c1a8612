package dev.six.eval.runtime;

import dev.six.eval.ir.Node;
import dev.six.eval.source.Pos;
import dev.six.eval.value.Value;

/**
 * A thunk of {@code f x} (or {@code f x y}), for built-ins whose results are lazy, like {@code map}.
 * The built-in's call position is only the thunk's own (for infinite recursion).
 */
public final class LazyApply extends Node {
  private final Value function;
  private final Value[] args;

  private LazyApply(Value function, Value[] args, Pos callPos) {
    super(callPos == null ? null : callPos.file(), callPos == null ? -1 : callPos.offset());
    this.function = function;
    this.args = args;
  }

  public static Value of(Value function, Value arg, Pos pos) {
    return new Thunk(new LazyApply(function, new Value[] {arg}, pos), null);
  }

  public static Value of(Value function, Value arg1, Value arg2, Pos pos) {
    return new Thunk(new LazyApply(function, new Value[] {arg1, arg2}, pos), null);
  }

  @Override
  public Value eval(EvalState st, Env env) {
    // Nix applies such a function without a position: errors of the call itself
    // (a missing argument, a built-in's type error) are reported without one.
    return st.call(function, args, null);
  }
}
