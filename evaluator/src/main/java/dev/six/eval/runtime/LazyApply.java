package dev.six.eval.runtime;

import dev.six.eval.source.Pos;
import dev.six.eval.value.Value;

/**
 * A thunk of {@code f x} (or {@code f x y}), for built-ins whose results are lazy, like {@code map}
 * and {@code genList}: one small object per element, as Nix's own application values. The
 * built-in's call position is only the thunk's own (for infinite recursion): Nix applies such a
 * function without a position, so errors of the call itself are reported without one.
 */
public final class LazyApply extends Thunk {
  private Value function;
  private Value arg1;
  private Value arg2;
  private final Pos callPos;

  private LazyApply(Value function, Value arg1, Value arg2, Pos callPos) {
    this.function = function;
    this.arg1 = arg1;
    this.arg2 = arg2;
    this.callPos = callPos;
  }

  public static Value of(Value function, Value arg, Pos pos) {
    return new LazyApply(function, arg, null, pos);
  }

  public static Value of(Value function, Value arg1, Value arg2, Pos pos) {
    return new LazyApply(function, arg1, arg2, pos);
  }

  @Override
  protected Value compute(EvalState st) {
    return st.force(arg2 == null ? st.call(function, arg1, null) : st.call(function, arg1, arg2, null));
  }

  @Override
  protected Pos position() {
    return callPos;
  }

  @Override
  protected void release() {
    function = null;
    arg1 = null;
    arg2 = null;
  }
}
