package dev.six.eval.value;

/** A list: its (possibly unevaluated) elements in an array that is never modified. */
public final class NixList extends Value {
  public static final NixList EMPTY = new NixList(new Value[0]);

  private final Value[] elements;

  /** Takes ownership of {@code elements}: the caller must not change the array afterwards. */
  public NixList(Value[] elements) {
    this.elements = elements;
  }

  public static NixList of(Value... elements) {
    return elements.length == 0 ? EMPTY : new NixList(elements);
  }

  public int size() {
    return elements.length;
  }

  public Value get(int i) {
    return elements[i];
  }

  /** The backing array; callers must not modify it. */
  public Value[] elements() {
    return elements;
  }

  @Override
  public ValueType type() {
    return ValueType.LIST;
  }
}
