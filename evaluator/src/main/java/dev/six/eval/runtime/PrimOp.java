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

  public final String name;
  public final int arity;
  private final Body body;

  public PrimOp(String name, int arity, Body body) {
    this.name = name;
    this.arity = arity;
    this.body = body;
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
