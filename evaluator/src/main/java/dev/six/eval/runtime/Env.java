package dev.six.eval.runtime;

import dev.six.eval.value.Value;

/**
 * A runtime environment: the slots of one static scope (a function's arguments, a {@code let}'s or
 * {@code rec} set's bindings) and the environment around it. Variables were resolved to
 * (levels up, slot) pairs when the code was lowered.
 */
public class Env {
  public final Env up;
  /** The slots, or null for a plain function's scope, whose one slot is {@link #argument}. */
  public final Value[] slots;
  /**
   * The argument of a plain function {@code x: ...}, held inline: most calls are of such functions,
   * and one small object per call instead of an object and an array halves what a call allocates.
   */
  public Value argument;

  public Env(Env up, Value[] slots) {
    this.up = up;
    this.slots = slots;
    this.argument = null;
  }

  private Env(Env up, Value argument) {
    this.up = up;
    this.slots = null;
    this.argument = argument;
  }

  /** The scope of one call of a plain function: its argument only. */
  public static Env ofArgument(Env up, Value argument) {
    return new Env(up, argument);
  }

  public Env up(int levels) {
    Env e = this;
    for (int i = 0; i < levels; i++) {
      e = e.up;
    }
    return e;
  }
}
