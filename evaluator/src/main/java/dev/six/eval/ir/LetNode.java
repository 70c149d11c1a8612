package dev.six.eval.ir;

import dev.six.eval.probe.RecordedSite;
import dev.six.eval.probe.ValueRecorder;
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
  /** Where the bindings' values are recorded (a watched file's, see {@link ValueRecorder}), or null. */
  private RecordedSite[] sites;

  public LetNode(SourceFile file, int offset, Node[] values, boolean[] inherited, Node body) {
    super(file, offset);
    this.values = values;
    this.inherited = inherited;
    this.body = body;
  }

  /** Records each binding's value, in binding order, into {@code sites}. */
  public void recordInto(RecordedSite[] sites) {
    this.sites = sites;
  }

  @Override
  public Value eval(EvalState st, Env env) {
    Value[] slots = new Value[values.length];
    Env scope = new Env(env, slots);
    for (int i = 0; i < slots.length; i++) {
      slots[i] = values[i].lazy(st, inherited[i] ? env : scope);
    }
    if (sites != null) {
      for (int i = 0; i < slots.length; i++) {
        sites[i].record(slots[i]);
      }
    }
    return body.eval(st, scope);
  }
}
