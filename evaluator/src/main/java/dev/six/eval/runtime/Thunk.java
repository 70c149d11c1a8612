package dev.six.eval.runtime;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.ir.Node;
import dev.six.eval.source.Pos;
import dev.six.eval.value.Value;
import dev.six.eval.value.ValueType;

/**
 * A suspended computation, as an explicit state machine: suspended, then black hole while being
 * evaluated (forcing it again then is infinite recursion), then evaluated (the value; what the
 * computation needed is dropped). If evaluation fails the thunk is suspended again, so forcing it
 * later repeats the error, as in Nix. Infinite recursion is reported at the place that forces the
 * thunk (a variable, an attribute, a built-in's call), as Nix 2.8 does, or at the thunk's own
 * position when the forcing site is not known. The state is one field, so that a forced thunk
 * costs one read and a thunk is as small as the computation it suspends: subclasses hold that
 * computation (code in an environment, a function application, a list element to generate).
 */
public abstract class Thunk extends Value {
  /** The state while being evaluated; never escapes this class. */
  private static final Value BLACK_HOLE = new Value() {
    @Override
    public ValueType type() {
      return ValueType.THUNK;
    }
  };

  /** Null while suspended, {@link #BLACK_HOLE} while being evaluated, then the value. */
  private Value state;

  protected Thunk() {}

  /** A thunk of {@code code} in {@code env}. */
  public static Thunk of(Node code, Env env) {
    return new CodeThunk(code, env);
  }

  @Override
  public final ValueType type() {
    Value v = state;
    return v != null && v != BLACK_HOLE ? v.type() : ValueType.THUNK;
  }

  public final boolean isEvaluated() {
    Value v = state;
    return v != null && v != BLACK_HOLE;
  }

  /** The value, or null when not yet evaluated. */
  public final Value valueIfEvaluated() {
    Value v = state;
    return v == BLACK_HOLE ? null : v;
  }

  /** Whether forcing the thunk now would be infinite recursion. */
  public final boolean isBeingEvaluated() {
    return state == BLACK_HOLE;
  }

  /** Computes the value (in weak head normal form); called at most once at a time. */
  protected abstract Value compute(EvalState st);

  /** Where this computation is, for an infinite-recursion error with no better place. */
  protected abstract Pos position();

  /** Drops what the computation needed once the value is known. */
  protected abstract void release();

  public final Value force(EvalState st) {
    Value v = state;
    return v != null && v != BLACK_HOLE ? v : force(st, null, null);
  }

  /**
   * Forces the thunk for the code at {@code site} (a variable, say): if the thunk is already being
   * evaluated, the infinite recursion is reported there, as Nix reports it where it is forced.
   */
  public final Value force(EvalState st, Node site) {
    Value v = state;
    return v != null && v != BLACK_HOLE ? v : force(st, site, null);
  }

  /** As {@link #force(EvalState, Node)}, for a forcing site known by its position (a call). */
  public final Value force(EvalState st, Pos site) {
    Value v = state;
    return v != null && v != BLACK_HOLE ? v : force(st, null, site);
  }

  private Value force(EvalState st, Node siteNode, Pos sitePos) {
    if (state == BLACK_HOLE) {
      Pos where = siteNode != null ? siteNode.pos() : sitePos != null ? sitePos : position();
      throw new EvalError(ErrorKind.INFINITE_RECURSION, "infinite recursion encountered", where);
    }
    state = BLACK_HOLE;
    Value v;
    try {
      v = compute(st);
    } catch (Throwable t) {
      state = null;
      throw t;
    }
    state = v;
    release();
    return v;
  }
}
