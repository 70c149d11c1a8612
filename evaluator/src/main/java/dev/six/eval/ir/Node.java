package dev.six.eval.ir;

import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Thunk;
import dev.six.eval.source.Pos;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;

/**
 * A node of the evaluator's IR: what the parser's tree is lowered to, with variables already
 * resolved to environment slots. {@link #eval} computes the weak head normal form; {@link #lazy}
 * is what goes into a lazy position (an attribute value, a list element, an argument): a thunk,
 * or the value itself when that is free (constants, variables), as Nix's {@code maybeThunk} does.
 */
public abstract class Node {
  protected final SourceFile file;
  protected final int offset;
  /** Made once: calls, selections and forcing sites pass it on every evaluation. */
  private final Pos pos;

  protected Node(SourceFile file, int offset) {
    this.file = file;
    this.offset = offset;
    this.pos = offset < 0 ? null : new Pos(file, offset);
  }

  /** Evaluates to a value that is not a thunk. */
  public abstract Value eval(EvalState st, Env env);

  /** A value for a lazy position: by default a thunk of this node. */
  public Value lazy(EvalState st, Env env) {
    return Thunk.of(this, env);
  }

  public final Pos pos() {
    return pos;
  }

  public SourceFile file() {
    return file;
  }
}
