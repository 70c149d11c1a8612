package dev.six.eval.ir;

import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.Value;

/** {@code a // b}. Like Nix 2.8, a non-set operand is reported without a position. */
public final class UpdateNode extends Node {
  private final Node left;
  private final Node right;

  public UpdateNode(SourceFile file, int offset, Node left, Node right) {
    super(file, offset);
    this.left = left;
    this.right = right;
  }

  @Override
  public Value eval(EvalState st, Env env) {
    NixAttrs l = st.forceAttrs(left.eval(st, env), null);
    NixAttrs r = st.forceAttrs(right.eval(st, env), null);
    return l.update(r);
  }
}
