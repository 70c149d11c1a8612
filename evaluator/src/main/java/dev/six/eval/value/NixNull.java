package dev.six.eval.value;

/** {@code null}: one shared instance. */
public final class NixNull extends Value {
  public static final NixNull NULL = new NixNull();

  private NixNull() {}

  @Override
  public ValueType type() {
    return ValueType.NULL;
  }

  @Override
  public String toString() {
    return "null";
  }
}
