package dev.six.grammar.parse;

import dev.six.grammar.lexer.TokenKind;

/** Names tokens in error messages the way a person reads them: {@code 'then'}, {@code end of file}. */
public final class TokenDescriber {
  private static final int MAX_SHOWN = 24;

  private TokenDescriber() {}

  /** Describes the token of kind {@code kind} whose text is {@code text}. */
  public static String describe(TokenKind kind, CharSequence text) {
    return switch (kind) {
      case EOF -> "end of file";
      case ID -> "'" + shorten(text) + "'";
      case INT -> "integer " + shorten(text);
      case FLOAT -> "float " + shorten(text);
      case STR_OPEN, STR_CLOSE -> "'\"'";
      case STR_TEXT, IND_TEXT, IND_ESCAPE -> "string text";
      case IND_OPEN, IND_CLOSE -> "\"''\"";
      case PATH, HPATH, PATH_TEXT -> "path " + shorten(text);
      case PATH_INTERP -> "'${'";
      case SPATH -> "search path " + shorten(text);
      case URI -> "URI " + shorten(text);
      case INVALID -> "character " + quoteChar(text);
      default -> "'" + text + "'";
    };
  }

  private static String quoteChar(CharSequence text) {
    if (text.length() == 0) {
      return "''";
    }
    char c = text.charAt(0);
    if (c < 0x20 || c == 0x7f) {
      return String.format("U+%04X", (int) c);
    }
    return "'" + c + "'";
  }

  private static String shorten(CharSequence text) {
    if (text.length() <= MAX_SHOWN) {
      return text.toString();
    }
    return text.subSequence(0, MAX_SHOWN) + "…";
  }
}
