package dev.six.eval.regex;

/**
 * Splits a pattern into tokens the way libstdc++'s scanner does for the {@code extended} grammar,
 * compiled (as Nix is) in strict ISO mode. Its quirks are the dialect Nix users meet: a backslash
 * may only escape a character that is special outside brackets (so {@code \d}, {@code \]} and
 * {@code \n} are errors); a closing bracket or brace outside brackets is an ordinary character;
 * inside brackets a backslash is an ordinary character and {@code ]} right after {@code [} or
 * {@code [^} is a member. Like libstdc++ it reads one token ahead, so an error in the next token
 * surfaces as soon as the current one is consumed.
 */
final class EreScanner {
  enum Token {
    EOF, ORD_CHAR, ANY, LINE_BEGIN, LINE_END, CLOSURE0, CLOSURE1, OPT, OR,
    SUBEXPR_BEGIN, SUBEXPR_END, BRACKET_BEGIN, BRACKET_NEG_BEGIN, BRACKET_END, BRACKET_DASH,
    COLLATING_SYMBOL, EQUIVALENCE_CLASS, CHARACTER_CLASS, INTERVAL_BEGIN, INTERVAL_END, DUP_COUNT, COMMA
  }

  /** The characters that are special outside brackets, and the only ones a backslash may escape. */
  private static final String SPECIAL = ".[\\()*+?{|^$";

  private enum State { NORMAL, IN_BRACKET, IN_BRACE }

  private final String pattern;
  private int pos;
  private State state = State.NORMAL;
  private boolean atBracketStart;
  private Token token;
  private String value = "";

  EreScanner(String pattern) throws RegexException {
    this.pattern = pattern;
    advance();
  }

  Token token() {
    return token;
  }

  String value() {
    return value;
  }

  void advance() throws RegexException {
    if (pos == pattern.length()) {
      token = Token.EOF;
      return;
    }
    switch (state) {
      case NORMAL:
        scanNormal();
        break;
      case IN_BRACKET:
        scanInBracket();
        break;
      default:
        scanInBrace();
        break;
    }
  }

  private void scanNormal() throws RegexException {
    char c = pattern.charAt(pos++);
    // A NUL byte counts as special (libstdc++ looks it up in a C string) and is rejected.
    if (c != 0 && SPECIAL.indexOf(c) < 0) {
      ordinary(c);
      return;
    }
    switch (c) {
      case '\\':
        if (pos == pattern.length()) {
          throw RegexException.invalid("backslash at the end");
        }
        char escaped = pattern.charAt(pos++);
        if (escaped == 0 || SPECIAL.indexOf(escaped) < 0) {
          throw RegexException.invalid("escaped ordinary character '" + escaped + "'");
        }
        ordinary(escaped);
        return;
      case '(':
        token = Token.SUBEXPR_BEGIN;
        return;
      case ')':
        token = Token.SUBEXPR_END;
        return;
      case '[':
        state = State.IN_BRACKET;
        atBracketStart = true;
        if (pos < pattern.length() && pattern.charAt(pos) == '^') {
          pos++;
          token = Token.BRACKET_NEG_BEGIN;
        } else {
          token = Token.BRACKET_BEGIN;
        }
        return;
      case '{':
        state = State.IN_BRACE;
        token = Token.INTERVAL_BEGIN;
        return;
      case 0:
        throw RegexException.invalid("NUL character");
      case '^':
        token = Token.LINE_BEGIN;
        return;
      case '$':
        token = Token.LINE_END;
        return;
      case '.':
        token = Token.ANY;
        return;
      case '*':
        token = Token.CLOSURE0;
        return;
      case '+':
        token = Token.CLOSURE1;
        return;
      case '?':
        token = Token.OPT;
        return;
      default:
        token = Token.OR;
        return;
    }
  }

  private void scanInBracket() throws RegexException {
    char c = pattern.charAt(pos++);
    if (c == '-') {
      token = Token.BRACKET_DASH;
    } else if (c == '[') {
      if (pos == pattern.length()) {
        throw RegexException.invalid("unterminated '[['");
      }
      char kind = pattern.charAt(pos);
      if (kind == '.' || kind == ':' || kind == '=') {
        pos++;
        token = kind == '.' ? Token.COLLATING_SYMBOL : kind == ':' ? Token.CHARACTER_CLASS : Token.EQUIVALENCE_CLASS;
        eatClass(kind);
      } else {
        ordinary(c);
      }
    } else if (c == ']' && !atBracketStart) {
      token = Token.BRACKET_END;
      state = State.NORMAL;
    } else {
      ordinary(c);
    }
    atBracketStart = false;
  }

  private void scanInBrace() throws RegexException {
    char c = pattern.charAt(pos++);
    if (isDigit(c)) {
      int start = pos - 1;
      while (pos < pattern.length() && isDigit(pattern.charAt(pos))) {
        pos++;
      }
      token = Token.DUP_COUNT;
      value = pattern.substring(start, pos);
    } else if (c == ',') {
      token = Token.COMMA;
    } else if (c == '}') {
      state = State.NORMAL;
      token = Token.INTERVAL_END;
    } else {
      throw RegexException.invalid("unexpected '" + c + "' in an interval");
    }
  }

  /** The name of {@code [:name:]}, {@code [.name.]} or {@code [=name=]}, up to the closing pair. */
  private void eatClass(char kind) throws RegexException {
    int start = pos;
    while (pos < pattern.length() && pattern.charAt(pos) != kind) {
      pos++;
    }
    value = pattern.substring(start, pos);
    if (pos + 1 >= pattern.length() || pattern.charAt(pos + 1) != ']') {
      throw RegexException.invalid("unterminated '[" + kind + "'");
    }
    pos += 2;
  }

  private void ordinary(char c) {
    token = Token.ORD_CHAR;
    value = String.valueOf(c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
