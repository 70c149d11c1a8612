package dev.six.eval.formats.json;

import dev.six.eval.formats.json.JsonLexer.Token;

/**
 * Reads a JSON string literal after its opening quote: escapes, &#92;u code points (a high
 * surrogate must be followed by a low one) written as UTF-8, and raw bytes that must form
 * well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
 */
final class JsonStringScanner {
  private JsonStringScanner() {}

  static Token scan(JsonLexer in) {
    in.reset();
    while (true) {
      int c = in.get();
      if (c < 0) {
        return error(in, "invalid string: missing closing quote");
      }
      if (c == '"') {
        return Token.VALUE_STRING;
      }
      if (c == '\\') {
        if (!escape(in)) {
          return Token.PARSE_ERROR;
        }
      } else if (c < 0x20) {
        return error(in, JsonLexer.controlCharacterError(c));
      } else if (c < 0x80) {
        in.add(c);
      } else if (!multiByte(in, c)) {
        return error(in, "invalid string: ill-formed UTF-8 byte");
      }
    }
  }

  private static Token error(JsonLexer in, String message) {
    in.fail(message);
    return Token.PARSE_ERROR;
  }

  private static boolean escape(JsonLexer in) {
    int c = in.get();
    switch (c) {
      case '"', '\\', '/' -> in.add(c);
      case 'b' -> in.add('\b');
      case 'f' -> in.add('\f');
      case 'n' -> in.add('\n');
      case 'r' -> in.add('\r');
      case 't' -> in.add('\t');
      case 'u' -> {
        return unicode(in);
      }
      default -> {
        in.fail("invalid string: forbidden character after backslash");
        return false;
      }
    }
    return true;
  }

  private static boolean unicode(JsonLexer in) {
    int first = hex4(in);
    if (first < 0) {
      in.fail("invalid string: '\\u' must be followed by 4 hex digits");
      return false;
    }
    int codePoint = first;
    if (first >= 0xD800 && first <= 0xDBFF) {
      if (in.get() != '\\' || in.get() != 'u') {
        in.fail("invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF");
        return false;
      }
      int second = hex4(in);
      if (second < 0) {
        in.fail("invalid string: '\\u' must be followed by 4 hex digits");
        return false;
      }
      if (second < 0xDC00 || second > 0xDFFF) {
        in.fail("invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF");
        return false;
      }
      codePoint = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
    } else if (first >= 0xDC00 && first <= 0xDFFF) {
      in.fail("invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF");
      return false;
    }
    utf8(in, codePoint);
    return true;
  }

  private static int hex4(JsonLexer in) {
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(in.get(), 16);
      if (digit < 0) {
        return -1;
      }
      value = value << 4 | digit;
    }
    return value;
  }

  private static void utf8(JsonLexer in, int cp) {
    if (cp < 0x80) {
      in.add(cp);
    } else if (cp < 0x800) {
      in.add(0xC0 | cp >> 6);
      in.add(0x80 | cp & 0x3F);
    } else if (cp < 0x10000) {
      in.add(0xE0 | cp >> 12);
      in.add(0x80 | cp >> 6 & 0x3F);
      in.add(0x80 | cp & 0x3F);
    } else {
      in.add(0xF0 | cp >> 18);
      in.add(0x80 | cp >> 12 & 0x3F);
      in.add(0x80 | cp >> 6 & 0x3F);
      in.add(0x80 | cp & 0x3F);
    }
  }

  /** A multi-byte UTF-8 sequence led by {@code lead}: the ranges each following byte must be in. */
  private static boolean multiByte(JsonLexer in, int lead) {
    int[] ranges;
    if (lead >= 0xC2 && lead <= 0xDF) {
      ranges = new int[] {0x80, 0xBF};
    } else if (lead == 0xE0) {
      ranges = new int[] {0xA0, 0xBF, 0x80, 0xBF};
    } else if (lead == 0xED) {
      ranges = new int[] {0x80, 0x9F, 0x80, 0xBF};
    } else if (lead >= 0xE1 && lead <= 0xEF) {
      ranges = new int[] {0x80, 0xBF, 0x80, 0xBF};
    } else if (lead == 0xF0) {
      ranges = new int[] {0x90, 0xBF, 0x80, 0xBF, 0x80, 0xBF};
    } else if (lead >= 0xF1 && lead <= 0xF3) {
      ranges = new int[] {0x80, 0xBF, 0x80, 0xBF, 0x80, 0xBF};
    } else if (lead == 0xF4) {
      ranges = new int[] {0x80, 0x8F, 0x80, 0xBF, 0x80, 0xBF};
    } else {
      return false;
    }
    in.add(lead);
    for (int i = 0; i < ranges.length; i += 2) {
      int c = in.get();
      if (c < ranges[i] || c > ranges[i + 1]) {
        return false;
      }
      in.add(c);
    }
    return true;
  }
}
