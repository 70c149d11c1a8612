package dev.six.eval.formats.toml;

import static dev.six.eval.formats.toml.TomlSyntax.at;
import static dev.six.eval.formats.toml.TomlSyntax.isDigit;
import static dev.six.eval.formats.toml.TomlSyntax.isHexDigit;
import static dev.six.eval.formats.toml.TomlSyntax.literal;

import java.util.function.IntPredicate;

/**
 * The grammar of TOML numbers, dates and times, as matchers in the manner of {@link TomlSyntax}:
 * where a decimal, hexadecimal, octal or binary integer, a float, a date, a time or a date-time
 * written at an index ends.
 */
final class TomlNumberSyntax {
  private TomlNumberSyntax() {}


  private static int sign(String s, int i) {
    return at(s, i) == '+' || at(s, i) == '-' ? i + 1 : i;
  }

  /** Digits of a kind, underscores only between two of them; the first digit is at {@code i}. */
  private static int digits(String s, int i, IntPredicate digit) {
    if (!digit.test(at(s, i))) {
      return -1;
    }
    int j = i + 1;
    while (true) {
      if (digit.test(at(s, j))) {
        j++;
      } else if (at(s, j) == '_' && digit.test(at(s, j + 1))) {
        j += 2;
      } else {
        return j;
      }
    }
  }

  static int decimalInteger(String s, int i) {
    int j = sign(s, i);
    int c = at(s, j);
    if (c >= '1' && c <= '9') {
      return digits(s, j, TomlSyntax::isDigit);
    }
    return c == '0' ? j + 1 : -1;
  }

  private static int prefixed(String s, int i, String prefix, IntPredicate digit) {
    int j = literal(s, i, prefix);
    return j < 0 ? -1 : digits(s, j, digit);
  }

  static int hexInteger(String s, int i) {
    return prefixed(s, i, "0x", TomlSyntax::isHexDigit);
  }

  static int octalInteger(String s, int i) {
    return prefixed(s, i, "0o", c -> c >= '0' && c <= '7');
  }

  static int binaryInteger(String s, int i) {
    return prefixed(s, i, "0b", c -> c == '0' || c == '1');
  }

  static int integer(String s, int i) {
    int end = hexInteger(s, i);
    if (end < 0) {
      end = octalInteger(s, i);
    }
    if (end < 0) {
      end = binaryInteger(s, i);
    }
    return end >= 0 ? end : decimalInteger(s, i);
  }

  private static int exponent(String s, int i) {
    if (at(s, i) != 'e' && at(s, i) != 'E') {
      return -1;
    }
    return digits(s, sign(s, i + 1), TomlSyntax::isDigit);
  }

  static int floating(String s, int i) {
    int j = decimalInteger(s, i);
    if (j >= 0) {
      int e = exponent(s, j);
      if (e >= 0) {
        return e;
      }
      if (at(s, j) == '.') {
        int f = digits(s, j + 1, TomlSyntax::isDigit);
        if (f >= 0) {
          e = exponent(s, f);
          return e >= 0 ? e : f;
        }
      }
    }
    j = sign(s, i);
    int end = literal(s, j, "inf");
    return end >= 0 ? end : literal(s, j, "nan");
  }

  // ---------------------------------------------------------------------------------------------
  // Dates and times.

  private static int exactDigits(String s, int i, int n) {
    for (int k = 0; k < n; k++) {
      if (!isDigit(at(s, i + k))) {
        return -1;
      }
    }
    return i + n;
  }

  private static int then(String s, int i, char c) {
    return i >= 0 && at(s, i) == c ? i + 1 : -1;
  }

  static int localDate(String s, int i) {
    int j = then(s, exactDigits(s, i, 4), '-');
    j = j < 0 ? -1 : then(s, exactDigits(s, j, 2), '-');
    return j < 0 ? -1 : exactDigits(s, j, 2);
  }

  /** {@code HH:MM:SS} with an optional fraction: TOML 1.0 requires the seconds. */
  static int localTime(String s, int i) {
    int j = then(s, exactDigits(s, i, 2), ':');
    j = j < 0 ? -1 : then(s, exactDigits(s, j, 2), ':');
    j = j < 0 ? -1 : exactDigits(s, j, 2);
    if (j >= 0 && at(s, j) == '.' && isDigit(at(s, j + 1))) {
      j += 2;
      while (isDigit(at(s, j))) {
        j++;
      }
    }
    return j;
  }

  static int timeOffset(String s, int i) {
    int c = at(s, i);
    if (c == 'z' || c == 'Z') {
      return i + 1;
    }
    if (c != '+' && c != '-') {
      return -1;
    }
    int j = then(s, exactDigits(s, i + 1, 2), ':');
    return j < 0 ? -1 : exactDigits(s, j, 2);
  }

  static int localDateTime(String s, int i) {
    int j = localDate(s, i);
    if (j < 0 || (at(s, j) != 'T' && at(s, j) != 't' && at(s, j) != ' ')) {
      return -1;
    }
    return localTime(s, j + 1);
  }

  static int offsetDateTime(String s, int i) {
    int j = localDateTime(s, i);
    return j < 0 ? -1 : timeOffset(s, j);
  }
}
