package dev.six.grammar.lexer;

/**
 * Values of integer and float tokens, with Nix's range rules: an integer must fit in a signed
 * 64-bit value, and a float is refused when C's {@code strtod} would set {@code ERANGE} (it
 * overflows, or a non-zero literal lands below the smallest normal double).
 */
public final class NumberLiterals {
  private NumberLiterals() {}

  /** The value of decimal digits {@code text[start..end)}, or null when it does not fit in 64 bits. */
  public static Long parseInt(char[] text, int start, int end) {
    long value = 0;
    for (int i = start; i < end; i++) {
      int digit = text[i] - '0';
      if (value > (Long.MAX_VALUE - digit) / 10) {
        return null;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /** The value of a float token, or null when {@code strtod} would report a range error. */
  public static Double parseFloat(char[] text, int start, int end) {
    String literal = new String(text, start, end - start);
    double value = Double.parseDouble(literal);
    if (Double.isInfinite(value)) {
      return null;
    }
    if (value == 0.0) {
      return hasNonZeroDigit(literal) ? null : value;
    }
    return Math.abs(value) < Double.MIN_NORMAL ? null : value;
  }

  private static boolean hasNonZeroDigit(String literal) {
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c == 'e' || c == 'E') {
        return false;
      }
      if (c >= '1' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
