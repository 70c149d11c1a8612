package dev.six.eval.ir;

import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;

/** {@code let ... in body}: one new scope whose slots hold the bindings, lazily. */
public final class LetNode extends Node {
  private final Node[] values;
  /** A plain {@code inherit x;} reads the scope around the {@code let}. */
  private final boolean[] inherited;
  private final Node body;

  public LetNode(SourceFile file, int offset, Node[] values, boolean[] inherited, Node body) {
    super(file, offset);
    this.values = values;
    this.inherited = inherited;
    this.body = body;
  }

  @Override
  public Value eval(EvalState st, Env env) {
    Value[] slots = new Value[values.length];
    Env scope = new Env(env, slots);
    for (int i = 0; i < slots.length; i++) {
      slots[i] = values[i].lazy(st, inherited[i] ? env : scope);
    }
    return body.eval(st, scope);
  }
}
