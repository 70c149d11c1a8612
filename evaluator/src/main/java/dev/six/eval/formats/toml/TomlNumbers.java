package dev.six.eval.formats.toml;

import java.math.BigInteger;

/**
 * TOML integers and floats, once the grammar has matched them. Integers are 64-bit: decimals
 * between -2^63 and 2^63-1, hexadecimal, octal and binary ones (which have no sign) below 2^63.
 * Floats are doubles; one too large for a double is an error.
 */
final class TomlNumbers {
  private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private TomlNumbers() {}

  /** The integer at the cursor, after its kind was recognised; moves past it. */
  static long integer(TomlCursor in) {
    String s = in.text;
    int first = in.pos;
    int i = first;
    if (s.charAt(i) == '+' || s.charAt(i) == '-') {
      i++;
    }
    if (TomlSyntax.at(s, i) == '0' && i + 1 < s.length()) {
      int prefix = TomlSyntax.at(s, i + 1);
      switch (prefix) {
        case 'b':
          return prefixed(in, TomlNumberSyntax.binaryInteger(s, first), 2, "toml::parse_bin_integer",
              "invalid integer: bin_int must be like: 0b0101, 0b1111_0000");
        case 'o':
          return prefixed(in, TomlNumberSyntax.octalInteger(s, first), 8, "toml::parse_oct_integer",
              "invalid integer: oct_int must be like: 0o775, 0o04_44");
        case 'x':
          return prefixed(in, TomlNumberSyntax.hexInteger(s, first), 16, "toml::parse_hex_integer",
              "invalid integer: hex_int must be like: 0xC0FFEE, 0xdead_beef");
        default:
          if (TomlSyntax.isDigit(prefix)) {
            throw TomlErrors.error("toml::parse_integer: leading zero in an decimal integer is not allowed");
          }
      }
    }
    int end = TomlNumberSyntax.decimalInteger(s, first);
    if (end < 0) {
      throw TomlErrors.error("toml::parse_dec_integer: invalid integer: dec_int must be like: 42, 123_456_789");
    }
    BigInteger value = new BigInteger(s.substring(first, end).replace("_", ""));
    if (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0) {
      throw TomlErrors.error("toml::parse_dec_integer: too large integer: current max digits = 2^63");
    }
    in.pos = end;
    return value.longValue();
  }

  private static long prefixed(TomlCursor in, int end, int radix, String function, String syntaxError) {
    if (end < 0) {
      throw TomlErrors.error(function + ": " + syntaxError);
    }
    BigInteger value = new BigInteger(in.text.substring(in.pos + 2, end).replace("_", ""), radix);
    if (value.compareTo(MAX) > 0) {
      throw TomlErrors.error(function + ": too large integer: current max value = 2^63");
    }
    in.pos = end;
    return value.longValue();
  }

  /** The float at the cursor; moves past it. */
  static double floating(TomlCursor in) {
    int end = TomlNumberSyntax.floating(in.text, in.pos);
    if (end < 0) {
      throw TomlErrors.error("toml::parse_floating: invalid floating: float must be like: -3.14159_26535, "
          + "6.022e+23, inf, or nan (lowercase).");
    }
    String text = in.text.substring(in.pos, end).replace("_", "");
    in.pos = end;
    switch (text) {
      case "inf", "+inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      case "nan", "+nan":
        return Double.NaN;
      case "-nan":
        return Double.longBitsToDouble(0xFFF8000000000000L);
      default:
        double d = Double.parseDouble(text);
        if (Double.isInfinite(d)) {
          throw TomlErrors.error("toml::parse_floating: failed to read floating point value from stream");
        }
        return d;
    }
  }
}
