package dev.six.eval.ir;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.error.NixError;
import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Thunk;
import dev.six.eval.source.Pos;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;

/**
 * {@code e.a.b} and {@code e.a.b or d}. Errors are reported at the selection, except infinite
 * recursion in the selected value, which Nix reports where that attribute was defined.
 */
public final class SelectNode extends Node {
  private final Node expr;
  private final AttrKey[] path;
  private final Node fallback;

  public SelectNode(SourceFile file, int offset, Node expr, AttrKey[] path, Node fallback) {
    super(file, offset);
    this.expr = expr;
    this.path = path;
    this.fallback = fallback;
  }

  @Override
  public Value eval(EvalState st, Env env) {
    Value v = expr.eval(st, env);
    NixAttrs from = null;
    Symbol last = null;
    try {
      for (AttrKey key : path) {
        Symbol name = key.resolve(st, env);
        if (fallback != null) {
          Value forced = forceHere(st, v);
          if (!(forced instanceof NixAttrs attrs)) {
            return fallback.eval(st, env);
          }
          Value next = attrs.get(name);
          if (next == null) {
            return fallback.eval(st, env);
          }
          v = next;
          from = attrs;
        } else {
          NixAttrs attrs = st.forceAttrs(v, pos());
          Value next = attrs.get(name);
          if (next == null) {
            throw new EvalError(ErrorKind.MISSING_ATTRIBUTE, "attribute '" + name.name + "' missing", pos());
          }
          v = next;
          from = attrs;
        }
        last = name;
      }
      if (v instanceof Thunk t && t.isBeingEvaluated()) {
        // Nix reports the recursion where the selected attribute was defined, else at the selection.
        Pos defined = from.positionOf(last);
        return t.force(st, defined != null ? defined : pos());
      }
      return forceHere(st, v);
    } catch (NixError e) {
      // Where the last attribute found was defined: looked up only now that a trace needs it.
      Pos found = last == null ? null : from.positionOf(last);
      // As Nix 2.8, no frame for selections inside its own derivation.nix.
      if (found != null && !found.file().isInternal()) {
        e.addTrace("while evaluating the attribute '" + shownPath() + "'", found);
      }
      throw e;
    }
  }

  /** Forces a value this selection reached; recursion is reported at the selection. */
  private Value forceHere(EvalState st, Value v) {
    return v instanceof Thunk t ? t.force(st, this) : v;
  }

  private String shownPath() {
    StringBuilder s = new StringBuilder();
    for (AttrKey key : path) {
      if (s.length() > 0) {
        s.append('.');
      }
      s.append(key.show());
    }
    return s.toString();
  }
}
