package dev.six.eval.ir;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.error.NixError;
import dev.six.eval.source.Pos;
import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;

/** {@code e.a.b} and {@code e.a.b or d}. */
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
    Pos found = null;
    try {
      for (AttrKey key : path) {
        Symbol name = key.resolve(st, env);
        if (fallback != null) {
          Value forced = st.force(v);
          if (!(forced instanceof NixAttrs attrs)) {
            return fallback.eval(st, env);
          }
          Value next = attrs.get(name);
          if (next == null) {
            return fallback.eval(st, env);
          }
          found = attrs.positionOf(name);
          v = next;
        } else {
          NixAttrs attrs = st.forceAttrs(v, pos());
          Value next = attrs.get(name);
          if (next == null) {
            throw new EvalError(ErrorKind.MISSING_ATTRIBUTE, "attribute '" + name.name + "' missing", pos());
          }
          found = attrs.positionOf(name);
          v = next;
        }
      }
      return st.force(v);
    } catch (NixError e) {
      if (found != null) {
        e.addTrace("while evaluating the attribute '" + shownPath() + "'", found);
      }
      throw e;
    }
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
