package dev.six.eval.ir;

import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.NixList;
import dev.six.eval.value.Value;

/** {@code a ++ b}. */
public final class ConcatListsNode extends Node {
  private final Node left;
  private final Node right;

  public ConcatListsNode(SourceFile file, int offset, Node left, Node right) {
    super(file, offset);
    this.left = left;
    this.right = right;
  }

  @Override
  public Value eval(EvalState st, Env env) {
    NixList l = st.forceList(left.eval(st, env), pos());
    NixList r = st.forceList(right.eval(st, env), pos());
    if (l.size() == 0) {
      return r;
    }
    if (r.size() == 0) {
      return l;
    }
    Value[] all = new Value[l.size() + r.size()];
    System.arraycopy(l.elements(), 0, all, 0, l.size());
    System.arraycopy(r.elements(), 0, all, l.size(), r.size());
    return new NixList(all);
  }
}
