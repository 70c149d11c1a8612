package dev.six.eval.formats.toml;

/**
 * The TOML 1.0 grammar as matchers: each takes the text and a start index and returns where the
 * match ends, or -1. Alternatives are tried in order and the first that matches wins, without
 * backtracking into it, as in the parser Nix uses; that decides, for instance, where a number
 * ends before the next rule complains about what follows. This class has the layout, keys and
 * headers; {@link TomlStringSyntax} and {@link TomlNumberSyntax} the values.
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
    end = TomlStringSyntax.basicString(s, i);
    return end >= 0 ? end : TomlStringSyntax.literalString(s, i);
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
}
