package dev.six.grammar.lexer;

/**
 * The values of Nix's literal tokens, computed from their text exactly as Nix's lexer does
 * (its {@code unescapeStr}: {@code \n \r \t} and any other escaped character, CR and CR LF become
 * LF). A NUL character is kept: Nix 2.8 cut the value there and current Nix refuses it, which
 * the desugarer decides per dialect.
 */
public final class Unescape {
  private Unescape() {}

  /** The value of a {@code "string"} text token or of the escaped part of a {@code ''\x} escape. */
  public static String string(char[] text, int start, int end) {
    StringBuilder out = null;
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (c == '\\' || c == '\r') {
        out = new StringBuilder(end - start);
        out.append(text, start, i - start);
        unescapeFrom(text, i, end, out);
        return out.toString();
      }
    }
    return new String(text, start, end - start);
  }

  private static void unescapeFrom(char[] text, int i, int end, StringBuilder out) {
    while (i < end) {
      char c = text[i++];
      if (c == '\\') {
        if (i >= end) {
          return;
        }
        char d = text[i++];
        switch (d) {
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          default -> out.append(d);
        }
      } else if (c == '\r') {
        out.append('\n');
        if (i < end && text[i] == '\n') {
          i++;
        }
      } else {
        out.append(c);
      }
    }
  }

  /** The value of an indented-string escape token: {@code ''$}, {@code '''}, {@code ''\x}, {@code $}, {@code '}. */
  public static String indEscape(char[] text, int start, int end) {
    int length = end - start;
    if (length == 1) {
      return String.valueOf(text[start]);
    }
    char third = text[start + 2];
    if (third == '$') {
      return "$";
    }
    if (third == '\'') {
      return "''";
    }
    return string(text, start + 2, end);
  }
}
