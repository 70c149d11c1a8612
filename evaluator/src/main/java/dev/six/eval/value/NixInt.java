package dev.six.eval.value;

/** A 64-bit integer; small ones are shared. */
public final class NixInt extends Value {
  private static final NixInt[] SMALL = new NixInt[1280];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new NixInt(i - 256);
    }
  }

  public final long value;

  private NixInt(long value) {
    this.value = value;
  }

  public static NixInt of(long value) {
    if (value >= -256 && value < SMALL.length - 256) {
      return SMALL[(int) value + 256];
    }
    return new NixInt(value);
  }

  @Override
  public ValueType type() {
    return ValueType.INT;
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
