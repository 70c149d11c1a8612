package dev.six.eval.value;

/** {@code true} and {@code false}: two shared instances. */
public final class NixBool extends Value {
  public static final NixBool TRUE = new NixBool(true);
  public static final NixBool FALSE = new NixBool(false);

  public final boolean value;

  private NixBool(boolean value) {
    this.value = value;
  }

  public static NixBool of(boolean value) {
    return value ? TRUE : FALSE;
  }

  @Override
  public ValueType type() {
    return ValueType.BOOL;
  }

  @Override
  public String toString() {
    return Boolean.toString(value);
  }
}
