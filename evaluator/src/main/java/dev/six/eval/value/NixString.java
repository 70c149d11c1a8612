package dev.six.eval.value;

/**
 * A string. Nix strings are byte strings: here each Java char holds one byte (0-255), so lengths,
 * substrings and regular expressions work on bytes as Nix's do, and output writes the chars back
 * as the same bytes. {@code context} is null when the string depends on no store path.
 */
public final class NixString extends Value {
  public static final NixString EMPTY = new NixString("", null);

  public final String value;
  public final StringContext context;

  public NixString(String value, StringContext context) {
    this.value = value;
    this.context = context;
  }

  public static NixString of(String value) {
    return value.isEmpty() ? EMPTY : new NixString(value, null);
  }

  public boolean hasContext() {
    return context != null;
  }

  @Override
  public ValueType type() {
    return ValueType.STRING;
  }

  @Override
  public String toString() {
    return value;
  }
}
