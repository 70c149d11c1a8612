package dev.six.eval.formats.json;

import dev.six.eval.formats.json.JsonLexer.Token;

/**
 * Reads a JSON number: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. Without
 * fraction or exponent it is an integer (unsigned unless negative) when it fits in 64 bits, and a
 * float otherwise, as the library inside Nix decides.
 */
final class JsonNumberScanner {
  private JsonNumberScanner() {}

  static Token scan(JsonLexer in) {
    in.reset();
    int c = in.current();
    boolean negative = c == '-';
    boolean fraction = false;
    boolean exponent = false;
    if (negative) {
      in.add(c);
      c = in.get();
      if (!isDigit(c)) {
        return error(in, "invalid number; expected digit after '-'");
      }
    }
    in.add(c);
    boolean leadingZero = c == '0';
    c = in.get();
    // A leading zero stands alone: "01" is the number 0 followed by 1.
    while (!leadingZero && isDigit(c)) {
      in.add(c);
      c = in.get();
    }
    if (c == '.') {
      fraction = true;
      in.add(c);
      c = in.get();
      if (!isDigit(c)) {
        return error(in, "invalid number; expected digit after '.'");
      }
      while (isDigit(c)) {
        in.add(c);
        c = in.get();
      }
    }
    if (c == 'e' || c == 'E') {
      exponent = true;
      in.add(c);
      c = in.get();
      if (c == '+' || c == '-') {
        in.add(c);
        c = in.get();
        if (!isDigit(c)) {
          return error(in, "invalid number; expected digit after exponent sign");
        }
      } else if (!isDigit(c)) {
        return error(in, "invalid number; expected '+', '-', or digit after exponent");
      }
      while (isDigit(c)) {
        in.add(c);
        c = in.get();
      }
    }
    in.unget();
    if (fraction || exponent) {
      return Token.VALUE_FLOAT;
    }
    return fitsInLong(in.text(), negative) ? (negative ? Token.VALUE_INTEGER : Token.VALUE_UNSIGNED) : Token.VALUE_FLOAT;
  }

  private static boolean fitsInLong(String text, boolean negative) {
    try {
      if (negative) {
        Long.parseLong(text);
      } else {
        Long.parseUnsignedLong(text);
      }
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static Token error(JsonLexer in, String message) {
    in.fail(message);
    return Token.PARSE_ERROR;
  }
}
