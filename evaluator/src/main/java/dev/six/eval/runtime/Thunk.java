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
 * so forcing it later repeats the error, as in Nix. Infinite recursion is reported at the place
 * that forces the thunk (a variable, an attribute, a built-in's call), as Nix 2.8 does, or at the
 * thunk's own code when the forcing site is not known. Subclasses suspend other computations (a
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

  /** Whether forcing the thunk now would be infinite recursion. */
  public final boolean isBeingEvaluated() {
    return blackHole;
  }

  /** Computes the value (in weak head normal form); called at most once at a time. */
  protected Value compute(EvalState st) {
    return code.eval(st, env);
  }

  /** Where this computation is, for an infinite-recursion error with no better place. */
  protected Pos position() {
    return code == null ? null : code.pos();
  }

  /** Drops what the computation needed once the value is known. */
  protected void release() {
    code = null;
    env = null;
  }

  public final Value force(EvalState st) {
    return force(st, null, null);
  }

  /**
   * Forces the thunk for the code at {@code site} (a variable, say): if the thunk is already being
   * evaluated, the infinite recursion is reported there, as Nix reports it where it is forced.
   */
  public final Value force(EvalState st, Node site) {
    return force(st, site, null);
  }

  /** As {@link #force(EvalState, Node)}, for a forcing site known by its position (a call). */
  public final Value force(EvalState st, Pos site) {
    return force(st, null, site);
  }

  private Value force(EvalState st, Node siteNode, Pos sitePos) {
    Value v = value;
    if (v != null) {
      return v;
    }
    if (blackHole) {
      Pos where = siteNode != null ? siteNode.pos() : sitePos != null ? sitePos : position();
      throw new EvalError(ErrorKind.INFINITE_RECURSION, "infinite recursion encountered", where);
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
