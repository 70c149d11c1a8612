package dev.six.eval.ir;

import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.Value;

/** {@code e ? a.b}: false as soon as a step is not a set or lacks the name. */
public final class HasAttrNode extends Node {
  private final Node expr;
  private final AttrKey[] path;

  public HasAttrNode(SourceFile file, int offset, Node expr, AttrKey[] path) {
    super(file, offset);
    this.expr = expr;
    this.path = path;
  }

  @Override
  public Value eval(EvalState st, Env env) {
    Value v = expr.eval(st, env);
    for (AttrKey key : path) {
      Value forced = st.force(v);
      if (!(forced instanceof NixAttrs attrs)) {
        return NixBool.FALSE;
      }
      Value next = attrs.get(key.resolve(st, env));
      if (next == null) {
        return NixBool.FALSE;
      }
      v = next;
    }
    return NixBool.TRUE;
  }
}
