package dev.six.eval.runtime;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.ir.Node;
import dev.six.eval.value.Value;
import dev.six.eval.value.ValueType;

/**
 * A suspended computation, as an explicit state machine: suspended (code and environment), then
 * black hole while being evaluated (forcing it again then is infinite recursion), then evaluated
 * (the value; code and environment are dropped). If evaluation fails the thunk is suspended again,
 * so forcing it later repeats the error, as in Nix.
 */
public final class Thunk extends Value {
  private Node code;
  private Env env;
  private Value value;
  private boolean blackHole;

  public Thunk(Node code, Env env) {
    this.code = code;
    this.env = env;
  }

  @Override
  public ValueType type() {
    return value != null ? value.type() : ValueType.THUNK;
  }

  public boolean isEvaluated() {
    return value != null;
  }

  /** The value, or null when not yet evaluated. */
  public Value valueIfEvaluated() {
    return value;
  }

  public Value force(EvalState st) {
    Value v = value;
    if (v != null) {
      return v;
    }
    if (blackHole) {
      throw new EvalError(ErrorKind.INFINITE_RECURSION, "infinite recursion encountered", code.pos());
    }
    blackHole = true;
    try {
      v = code.eval(st, env);
    } catch (Throwable t) {
      blackHole = false;
      throw t;
    }
    value = v;
    code = null;
    env = null;
    blackHole = false;
    return v;
  }
}
