package dev.six.eval.runtime;

import dev.six.eval.value.Value;

/** The scope a {@code with e;} opens: names not bound lexically are looked up in {@code e}. */
public final class WithEnv extends Env {
  /** The set, possibly not yet evaluated: {@code with} forces it only when a name is looked up. */
  public final Value attrs;

  public WithEnv(Env up, Value attrs) {
    super(up, (Value[]) null);
    this.attrs = attrs;
  }
}
