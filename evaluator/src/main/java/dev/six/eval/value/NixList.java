package dev.six.eval.value;

import java.util.function.IntFunction;

/**
 * A list: its (possibly unevaluated) elements in an array. The array changes only in ways no one
 * can observe: an element made on first access (a generated list's), or an evaluated thunk
 * replaced by its value ({@link #settle}), which lets the thunk die young.
 */
public final class NixList extends Value {
  public static final NixList EMPTY = new NixList(new Value[0]);

  private final Value[] elements;
  /**
   * Makes element {@code i} of a generated list ({@code genList}) on its first access, so that
   * elements a fold passes over are made, forced and dropped one by one; null once all exist.
   */
  private IntFunction<Value> generator;

  /** Takes ownership of {@code elements}: the caller must not change the array afterwards. */
  public NixList(Value[] elements) {
    this.elements = elements;
  }

  private NixList(int size, IntFunction<Value> generator) {
    this.elements = new Value[size];
    this.generator = size == 0 ? null : generator;
  }

  public static NixList of(Value... elements) {
    return elements.length == 0 ? EMPTY : new NixList(elements);
  }

  /** A list of {@code size} elements, element {@code i} being {@code generator.apply(i)}, made when first needed. */
  public static NixList generated(int size, IntFunction<Value> generator) {
    return size == 0 ? EMPTY : new NixList(size, generator);
  }

  public int size() {
    return elements.length;
  }

  public Value get(int i) {
    Value v = elements[i];
    return v != null ? v : generate(i);
  }

  private Value generate(int i) {
    Value v = generator.apply(i);
    elements[i] = v;
    return v;
  }

  /** The backing array, every element made; callers must not modify it. */
  public Value[] elements() {
    if (generator != null) {
      for (int i = 0; i < elements.length; i++) {
        if (elements[i] == null) {
          elements[i] = generator.apply(i);
        }
      }
      generator = null;
    }
    return elements;
  }

  /** Element {@code i}, which was {@code thunk}, is now known to be {@code value}. */
  public void settle(int i, Value thunk, Value value) {
    if (elements[i] == thunk) {
      elements[i] = value;
    }
  }

  @Override
  public ValueType type() {
    return ValueType.LIST;
  }
}
