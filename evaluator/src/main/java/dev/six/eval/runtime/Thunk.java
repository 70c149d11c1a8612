package dev.six.eval.runtime;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.ir.Node;
import dev.six.eval.source.Pos;
import dev.six.eval.value.Value;
import dev.six.eval.value.ValueType;

/**
 * A suspended computation, as an explicit state machine: suspended (code and environment), then
 * black hole while being evaluated (forcing it again then is infinite recursion), then evaluated
 * (the value; code and environment are dropped). If evaluation fails the thunk is suspended again,
 * so forcing it later repeats the error, as in Nix. Subclasses suspend other computations (a
 * function application) without an IR node.
 */
public class Thunk extends Value {
  private Node code;
  private Env env;
  private Value value;
  private boolean blackHole;

  public Thunk(Node code, Env env) {
    this.code = code;
    this.env = env;
  }

  /** For subclasses that compute their value themselves. */
  protected Thunk() {}

  @Override
  public final ValueType type() {
    return value != null ? value.type() : ValueType.THUNK;
  }

  public final boolean isEvaluated() {
    return value != null;
  }

  /** The value, or null when not yet evaluated. */
  public final Value valueIfEvaluated() {
    return value;
  }

  /** Computes the value (in weak head normal form); called at most once at a time. */
  protected Value compute(EvalState st) {
    return code.eval(st, env);
  }

  /** Where this computation is, for an infinite-recursion error. */
  protected Pos position() {
    return code == null ? null : code.pos();
  }

  /** Drops what the computation needed once the value is known. */
  protected void release() {
    code = null;
    env = null;
  }

  public final Value force(EvalState st) {
    Value v = value;
    if (v != null) {
      return v;
    }
    if (blackHole) {
      throw new EvalError(ErrorKind.INFINITE_RECURSION, "infinite recursion encountered", position());
    }
    blackHole = true;
    try {
      v = compute(st);
    } catch (Throwable t) {
      blackHole = false;
      throw t;
    }
    value = v;
    blackHole = false;
    release();
    return v;
  }
}
