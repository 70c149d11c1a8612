package dev.six.eval.ir;

import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.NixList;
import dev.six.eval.value.Value;

/** {@code [ a b c ]}: elements go in lazily. */
public final class ListNode extends Node {
  private final Node[] elements;

  public ListNode(SourceFile file, int offset, Node[] elements) {
    super(file, offset);
    this.elements = elements;
  }

  @Override
  public Value eval(EvalState st, Env env) {
    if (elements.length == 0) {
      return NixList.EMPTY;
    }
    Value[] values = new Value[elements.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = elements[i].lazy(st, env);
    }
    return new NixList(values);
  }
}
