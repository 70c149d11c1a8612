package dev.six.eval.runtime;

import dev.six.eval.source.Pos;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.Value;

/**
 * Element {@code i} of {@code genList f n}, a thunk of {@code f i}: the function and the call's
 * position are shared by all elements and the index stays a Java int until the element is forced,
 * so a generated list of a million elements is a million objects of 24 bytes, not three times that.
 */
public final class GeneratedElement extends Thunk {
  /** What every element of one generated list applies: the function, and the built-in's call position. */
  public record Generator(Value function, Pos pos) {}

  private Generator generator;
  private final int index;

  public GeneratedElement(Generator generator, int index) {
    this.generator = generator;
    this.index = index;
  }

  @Override
  protected Value compute(EvalState st) {
    // As Nix applies the function: without a position, so that errors of the call have none.
    return st.force(st.call(generator.function(), NixInt.of(index), null));
  }

  @Override
  protected Pos position() {
    return generator == null ? null : generator.pos();
  }

  @Override
  protected void release() {
    generator = null;
  }
}
