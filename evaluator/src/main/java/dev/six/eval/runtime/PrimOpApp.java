package dev.six.eval.runtime;

import dev.six.eval.value.Value;
import dev.six.eval.value.ValueType;

/** A built-in applied to fewer arguments than it takes: {@code map f}. */
public final class PrimOpApp extends Value {
  public final PrimOp op;
  public final Value[] args;

  public PrimOpApp(PrimOp op, Value[] args) {
    this.op = op;
    this.args = args;
  }

  @Override
  public ValueType type() {
    return ValueType.FUNCTION;
  }
}
