package dev.six.eval.formats.toml;

/**
 * The TOML 1.0 grammar as matchers: each takes the text and a start index and returns where the
 * match ends, or -1. Alternatives are tried in order and the first that matches wins, without
 * backtracking into it, as in the parser Nix uses; that decides, for instance, where a number
 * ends before the next rule complains about what follows.
 */
final class TomlSyntax {
  private TomlSyntax() {}

  static int at(String s, int i) {
    return i < s.length() ? s.charAt(i) : -1;
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isHexDigit(int c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  static boolean isAlpha(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static int literal(String s, int i, String lit) {
    return s.startsWith(lit, i) ? i + lit.length() : -1;
  }

  /** Spaces and tabs, possibly none. */
  static int ws(String s, int i) {
    while (at(s, i) == ' ' || at(s, i) == '\t') {
      i++;
    }
    return i;
  }

  static int newline(String s, int i) {
    if (at(s, i) == '\n') {
      return i + 1;
    }
    return at(s, i) == '\r' && at(s, i + 1) == '\n' ? i + 2 : -1;
  }

  /** One well-formed UTF-8 character of two to four bytes. */
  static int nonAscii(String s, int i) {
    int b = at(s, i);
    int lo = 0x80;
    int hi = 0xBF;
    int need;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      lo = b == 0xE0 ? 0xA0 : 0x80;
      hi = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      lo = b == 0xF0 ? 0x90 : 0x80;
      hi = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      return -1;
    }
    for (int k = 1; k <= need; k++) {
      int c = at(s, i + k);
      if (c < lo || c > hi) {
        return -1;
      }
      lo = 0x80;
      hi = 0xBF;
    }
    return i + need + 1;
  }

  /** {@code #} and the rest of the line: tab, printable ASCII, UTF-8; no other control character. */
  static int comment(String s, int i) {
    if (at(s, i) != '#') {
      return -1;
    }
    i++;
    while (true) {
      int c = at(s, i);
      if (c == '\t' || (c >= 0x20 && c <= 0x7E)) {
        i++;
      } else if (c >= 0x80 && nonAscii(s, i) >= 0) {
        i = nonAscii(s, i);
      } else {
        return i;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Keys.

  static int unquotedKey(String s, int i) {
    int j = i;
    while (isAlpha(at(s, j)) || isDigit(at(s, j)) || at(s, j) == '-' || at(s, j) == '_') {
      j++;
    }
    return j > i ? j : -1;
  }

  static int simpleKey(String s, int i) {
    int end = unquotedKey(s, i);
    if (end >= 0) {
      return end;
    }
    end = basicString(s, i);
    return end >= 0 ? end : literalString(s, i);
  }

  /** {@code ws . ws} between the parts of a dotted key. */
  static int dotSeparator(String s, int i) {
    int j = ws(s, i);
    return at(s, j) == '.' ? ws(s, j + 1) : -1;
  }

  static int key(String s, int i) {
    int end = simpleKey(s, i);
    if (end < 0) {
      return -1;
    }
    while (true) {
      int dot = dotSeparator(s, end);
      int next = dot < 0 ? -1 : simpleKey(s, dot);
      if (next < 0) {
        return end;
      }
      end = next;
    }
  }

  static int keyValueSeparator(String s, int i) {
    int j = ws(s, i);
    return at(s, j) == '=' ? ws(s, j + 1) : -1;
  }

  static int standardTable(String s, int i) {
    if (at(s, i) != '[') {
      return -1;
    }
    int end = key(s, ws(s, i + 1));
    if (end < 0) {
      return -1;
    }
    end = ws(s, end);
    return at(s, end) == ']' ? end + 1 : -1;
  }

  static int arrayTable(String s, int i) {
    int start = literal(s, i, "[[");
    if (start < 0) {
      return -1;
    }
    int end = key(s, ws(s, start));
    if (end < 0) {
      return -1;
    }
    return literal(s, ws(s, end), "]]");
  }

  // ---------------------------------------------------------------------------------------------
  // Strings.

  /** A backslash escape: {@code \" \\ \b \f \n \r \t \\uXXXX \\UXXXXXXXX}. */
  static int escaped(String s, int i) {
    if (at(s, i) != '\\') {
      return -1;
    }
    int c = at(s, i + 1);
    switch (c) {
      case '"', '\\', 'b', 'f', 'n', 'r', 't':
        return i + 2;
      case 'u':
        return hexDigits(s, i + 2, 4);
      case 'U':
        return hexDigits(s, i + 2, 8);
      default:
        return -1;
    }
  }

  private static int hexDigits(String s, int i, int n) {
    for (int k = 0; k < n; k++) {
      if (!isHexDigit(at(s, i + k))) {
        return -1;
      }
    }
    return i + n;
  }

  static int basicChar(String s, int i) {
    int c = at(s, i);
    if (c == ' ' || c == '\t' || c == 0x21 || (c >= 0x23 && c <= 0x5B) || (c >= 0x5D && c <= 0x7E)) {
      return i + 1;
    }
    if (c >= 0x80) {
      return nonAscii(s, i);
    }
    return escaped(s, i);
  }

  static int basicString(String s, int i) {
    if (at(s, i) != '"') {
      return -1;
    }
    int j = i + 1;
    for (int end = basicChar(s, j); end >= 0; end = basicChar(s, j)) {
      j = end;
    }
    return at(s, j) == '"' ? j + 1 : -1;
  }

  /** A backslash at the end of a line: it and the whitespace and newlines after it vanish. */
  static int escapedNewline(String s, int i) {
    if (at(s, i) != '\\') {
      return -1;
    }
    int j = newline(s, ws(s, i + 1));
    if (j < 0) {
      return -1;
    }
    while (true) {
      int c = at(s, j);
      if (c == ' ' || c == '\t') {
        j++;
      } else if (newline(s, j) >= 0) {
        j = newline(s, j);
      } else {
        return j;
      }
    }
  }

  static int multiLineBasicString(String s, int i) {
    return multiLine(s, i, '"');
  }

  static int literalChar(String s, int i) {
    int c = at(s, i);
    if (c == '\t' || (c >= 0x20 && c <= 0x26) || (c >= 0x28 && c <= 0x7E)) {
      return i + 1;
    }
    return c >= 0x80 ? nonAscii(s, i) : -1;
  }

  static int literalString(String s, int i) {
    if (at(s, i) != '\'') {
      return -1;
    }
    int j = i + 1;
    for (int end = literalChar(s, j); end >= 0; end = literalChar(s, j)) {
      j = end;
    }
    return at(s, j) == '\'' ? j + 1 : -1;
  }

  static int multiLineLiteralString(String s, int i) {
    return multiLine(s, i, '\'');
  }

  /**
   * Three quotes, an optional newline, content with at most two quotes in a row, three quotes,
   * and up to two more quotes that belong to the content.
   */
  private static int multiLine(String s, int i, char quote) {
    String three = String.valueOf(quote).repeat(3);
    int j = literal(s, i, three);
    if (j < 0) {
      return -1;
    }
    if (newline(s, j) >= 0) {
      j = newline(s, j);
    }
    j = content(s, j, quote);
    while (true) {
      int quotes = at(s, j + 1) == quote && at(s, j) == quote ? j + 2 : at(s, j) == quote ? j + 1 : -1;
      if (quotes < 0) {
        break;
      }
      int end = content(s, quotes, quote);
      if (end == quotes) {
        break;
      }
      j = end;
    }
    j = literal(s, j, three);
    if (j < 0) {
      return -1;
    }
    if (at(s, j) == quote) {
      j += at(s, j + 1) == quote ? 2 : 1;
    }
    return j;
  }

  private static int content(String s, int j, char quote) {
    while (true) {
      int end = quote == '"' ? basicChar(s, j) : literalChar(s, j);
      if (end < 0) {
        end = newline(s, j);
      }
      if (end < 0 && quote == '"') {
        end = escapedNewline(s, j);
      }
      if (end < 0) {
        return j;
      }
      j = end;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Numbers.

  private static int sign(String s, int i) {
    return at(s, i) == '+' || at(s, i) == '-' ? i + 1 : i;
  }

  /** Digits of a kind, underscores only between two of them; the first digit is at {@code i}. */
  private static int digits(String s, int i, java.util.function.IntPredicate digit) {
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

  private static int prefixed(String s, int i, String prefix, java.util.function.IntPredicate digit) {
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
