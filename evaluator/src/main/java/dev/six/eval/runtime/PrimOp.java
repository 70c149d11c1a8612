package dev.six.eval.runtime;

import dev.six.eval.source.Pos;
import dev.six.eval.value.Value;
import dev.six.eval.value.ValueType;

/**
 * A built-in function of fixed arity. Its body receives all arguments unforced, so built-ins are
 * exactly as lazy as Nix's ({@code builtins.seq}, {@code tryEval}, lists that are never looked
 * at). Fewer arguments give a {@link PrimOpApp}.
 */
public final class PrimOp extends Value {
  /** The implementation of a built-in: all {@code arity} arguments, unforced. */
  @FunctionalInterface
  public interface Body {
    Value apply(EvalState st, Value[] args, Pos pos);
  }

  /**
   * The implementation of a built-in of two arguments that forces both, the first then the
   * second, before it does anything else (arithmetic, {@code lessThan}): it receives them forced.
   * A call with both arguments can then evaluate them in place, with no thunks or argument array.
   */
  @FunctionalInterface
  public interface StrictBinary {
    Value apply(EvalState st, Value first, Value second, Pos pos);
  }

  public final String name;
  public final int arity;
  private final Body body;
  /** The body of a {@link StrictBinary} built-in, else null. */
  public final StrictBinary strictBinary;

  public PrimOp(String name, int arity, Body body) {
    this.name = name;
    this.arity = arity;
    this.body = body;
    this.strictBinary = null;
  }

  /** A {@link StrictBinary} built-in; as any other, when called with its arguments in an array. */
  public PrimOp(String name, StrictBinary body) {
    this.name = name;
    this.arity = 2;
    this.body = (st, args, pos) -> body.apply(st, st.force(args[0]), st.force(args[1]), pos);
    this.strictBinary = body;
  }

  public Value apply(EvalState st, Value[] args, Pos pos) {
    return body.apply(st, args, pos);
  }

  @Override
  public ValueType type() {
    return ValueType.FUNCTION;
  }

  @Override
  public String toString() {
    return "«primop " + name + "»";
  }
}
