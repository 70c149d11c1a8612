package dev.six.eval.value;

/** A double-precision float. */
public final class NixFloat extends Value {
  public final double value;

  public NixFloat(double value) {
    this.value = value;
  }

  @Override
  public ValueType type() {
    return ValueType.FLOAT;
  }

  @Override
  public String toString() {
    return Double.toString(value);
  }
}
