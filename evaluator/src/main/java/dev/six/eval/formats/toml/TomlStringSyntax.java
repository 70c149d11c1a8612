package dev.six.eval.formats.toml;

import static dev.six.eval.formats.toml.TomlSyntax.at;
import static dev.six.eval.formats.toml.TomlSyntax.isHexDigit;
import static dev.six.eval.formats.toml.TomlSyntax.literal;
import static dev.six.eval.formats.toml.TomlSyntax.newline;
import static dev.six.eval.formats.toml.TomlSyntax.nonAscii;
import static dev.six.eval.formats.toml.TomlSyntax.ws;

/**
 * The grammar of the four TOML string forms, as matchers in the manner of {@link TomlSyntax}:
 * which characters each may hold, its escapes, and where a multi-line one ends.
 */
final class TomlStringSyntax {
  private TomlStringSyntax() {}


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
}
