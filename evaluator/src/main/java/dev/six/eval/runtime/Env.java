package dev.six.eval.runtime;

import dev.six.eval.value.Value;

/**
 * A runtime environment: the slots of one static scope (a function's arguments, a {@code let}'s or
 * {@code rec} set's bindings) and the environment around it. Variables were resolved to
 * (levels up, slot) pairs when the code was lowered.
 */
public class Env {
  public final Env up;
  public final Value[] slots;

  public Env(Env up, Value[] slots) {
    this.up = up;
    this.slots = slots;
  }

  public Env up(int levels) {
    Env e = this;
    for (int i = 0; i < levels; i++) {
      e = e.up;
    }
    return e;
  }
}
