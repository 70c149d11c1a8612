package dev.six.grammar.lexer;

/**
 * The rules of Nix's lexer in code mode, each as a function giving the length of its longest match
 * at a position (0 for none), so that {@link NixLexer} can pick the longest match the way flex
 * does. Remembers the runs it has scanned: lexing stays linear on inputs like {@code a.a.a.a...}.
 */
final class CodeMatchers {
  private final char[] text;
  private final int limit;
  // Ends of the last scanned runs of path and URI-scheme characters. Every position inside a run
  // has the same run end, so remembering it keeps lexing linear on text like "a.a.a.a...".
  private int pathRunStart = -1;
  private int pathRunEnd = -1;
  private int schemeRunStart = -1;
  private int schemeRunEnd = -1;
  /** A block comment opened at or after this offset can never be closed: no "*&#47;" follows. */
  private int unclosableCommentFrom = Integer.MAX_VALUE;

  CodeMatchers(char[] text, int limit) {
    this.text = text;
    this.limit = limit;
  }

  /** Offset from which no block comment can be closed, or {@code Integer.MAX_VALUE}. */
  int unclosableCommentFrom() {
    return unclosableCommentFrom;
  }

  private char at(int i) {
    return i < limit ? text[i] : '\0';
  }

  private boolean has(int i) {
    return i < limit;
  }

  int fixedOperatorLength(int p) {
    char c = text[p];
    char d = at(p + 1);
    boolean two = has(p + 1);
    if (c == '.' && d == '.' && at(p + 2) == '.' && has(p + 2)) {
      return 3;
    }
    if (!two) {
      return 0;
    }
    return switch (c) {
      case '=' -> d == '=' ? 2 : 0;
      case '!' -> d == '=' ? 2 : 0;
      case '<' -> d == '=' || d == '|' ? 2 : 0;
      case '>' -> d == '=' ? 2 : 0;
      case '&' -> d == '&' ? 2 : 0;
      case '|' -> d == '|' || d == '>' ? 2 : 0;
      case '-' -> d == '>' ? 2 : 0;
      case '/' -> d == '/' ? 2 : 0;
      case '+' -> d == '+' ? 2 : 0;
      default -> 0;
    };
  }

  TokenKind fixedOperatorKind(int p, int length) {
    if (length == 3) {
      return TokenKind.ELLIPSIS;
    }
    char c = text[p];
    char d = text[p + 1];
    return switch (c) {
      case '=' -> TokenKind.EQ;
      case '!' -> TokenKind.NEQ;
      case '<' -> d == '=' ? TokenKind.LEQ : TokenKind.PIPE_FROM;
      case '>' -> TokenKind.GEQ;
      case '&' -> TokenKind.AND;
      case '|' -> d == '|' ? TokenKind.OR : TokenKind.PIPE_INTO;
      case '-' -> TokenKind.IMPL;
      case '/' -> TokenKind.UPDATE;
      default -> TokenKind.CONCAT;
    };
  }

  static TokenKind singleCharKind(char c) {
    return switch (c) {
      case '(' -> TokenKind.LPAREN;
      case ')' -> TokenKind.RPAREN;
      case '[' -> TokenKind.LBRACKET;
      case ']' -> TokenKind.RBRACKET;
      case ';' -> TokenKind.SEMI;
      case ':' -> TokenKind.COLON;
      case ',' -> TokenKind.COMMA;
      case '.' -> TokenKind.DOT;
      case '@' -> TokenKind.AT;
      case '?' -> TokenKind.QUESTION;
      case '=' -> TokenKind.ASSIGN;
      case '<' -> TokenKind.LT;
      case '>' -> TokenKind.GT;
      case '+' -> TokenKind.PLUS;
      case '-' -> TokenKind.MINUS;
      case '*' -> TokenKind.STAR;
      case '/' -> TokenKind.SLASH;
      case '!' -> TokenKind.BANG;
      default -> TokenKind.INVALID;
    };
  }

  TokenKind keywordOrId(int p, int length) {
    switch (length) {
      case 2 -> {
        if (is(p, "if")) {
          return TokenKind.IF;
        }
        if (is(p, "in")) {
          return TokenKind.IN;
        }
        if (is(p, "or")) {
          return TokenKind.OR_KW;
        }
      }
      case 3 -> {
        if (is(p, "let")) {
          return TokenKind.LET;
        }
        if (is(p, "rec")) {
          return TokenKind.REC;
        }
      }
      case 4 -> {
        if (is(p, "then")) {
          return TokenKind.THEN;
        }
        if (is(p, "else")) {
          return TokenKind.ELSE;
        }
        if (is(p, "with")) {
          return TokenKind.WITH;
        }
      }
      case 6 -> {
        if (is(p, "assert")) {
          return TokenKind.ASSERT;
        }
      }
      case 7 -> {
        if (is(p, "inherit")) {
          return TokenKind.INHERIT;
        }
      }
      default -> {
        // not a keyword
      }
    }
    return TokenKind.ID;
  }

  boolean is(int p, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (text[p + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static boolean isIdStart(char c) {
    return NixNames.isIdStart(c);
  }

  static boolean isIdPart(char c) {
    return NixNames.isIdPart(c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code [a-zA-Z0-9._+-]}: what a path segment is made of. */
  static boolean isPathChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '_'
        || c == '-'
        || c == '+';
  }

  static boolean isSchemeChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '+'
        || c == '-'
        || c == '.';
  }

  static boolean isUriChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "%/?:@&=+$,-_.!~*'".indexOf(c) >= 0;
  }

  int matchId(int p) {
    if (!isIdStart(text[p])) {
      return 0;
    }
    int i = p + 1;
    while (i < limit && isIdPart(text[i])) {
      i++;
    }
    return i - p;
  }

  int matchInt(int p) {
    int i = p;
    while (i < limit && isDigit(text[i])) {
      i++;
    }
    return i - p;
  }

  /** {@code (([1-9][0-9]*\.[0-9]*)|(0?\.[0-9]+))([Ee][+-]?[0-9]+)?} */
  int matchFloat(int p) {
    int i = p;
    char c = text[p];
    if (c >= '1' && c <= '9') {
      i++;
      while (i < limit && isDigit(text[i])) {
        i++;
      }
      if (at(i) != '.' || !has(i)) {
        return 0;
      }
      i++;
      while (i < limit && isDigit(text[i])) {
        i++;
      }
    } else {
      if (c == '0') {
        i++;
      }
      if (at(i) != '.' || !has(i) || !has(i + 1) || !isDigit(text[i + 1])) {
        return 0;
      }
      i += 2;
      while (i < limit && isDigit(text[i])) {
        i++;
      }
    }
    char e = at(i);
    if (has(i) && (e == 'e' || e == 'E')) {
      int j = i + 1;
      if (has(j) && (text[j] == '+' || text[j] == '-')) {
        j++;
      }
      if (has(j) && isDigit(text[j])) {
        while (j < limit && isDigit(text[j])) {
          j++;
        }
        i = j;
      }
    }
    return i - p;
  }

  /** {@code ''(\ *\n)?} */
  int matchIndOpen(int p) {
    if (text[p] != '\'' || !has(p + 1) || text[p + 1] != '\'') {
      return 0;
    }
    int i = p + 2;
    while (i < limit && text[i] == ' ') {
      i++;
    }
    if (i < limit && text[i] == '\n') {
      return i + 1 - p;
    }
    return 2;
  }

  /** End of the run of path characters starting at {@code p}. */
  int pathRun(int p) {
    if (p >= pathRunStart && p < pathRunEnd) {
      return pathRunEnd;
    }
    int i = p;
    while (i < limit && isPathChar(text[i])) {
      i++;
    }
    if (i > p) {
      pathRunStart = p;
      pathRunEnd = i;
    }
    return i;
  }

  /** End of the run of URI-scheme characters starting at {@code p}. */
  int schemeRun(int p) {
    if (p >= schemeRunStart && p < schemeRunEnd) {
      return schemeRunEnd;
    }
    int i = p;
    while (i < limit && isSchemeChar(text[i])) {
      i++;
    }
    if (i > p) {
      schemeRunStart = p;
      schemeRunEnd = i;
    }
    return i;
  }

  /** {@code {PATH_SEG}\$\{ | {HPATH_START}\$\{}: the first segment of a path followed by ${. */
  int matchPathSegInterpolation(int p) {
    int i = p;
    if (text[p] == '~') {
      i++;
      if (at(i) != '/' || !has(i)) {
        return 0;
      }
    } else {
      i = pathRun(p);
      if (at(i) != '/' || !has(i)) {
        return 0;
      }
    }
    i++;
    if (has(i + 1) && text[i] == '$' && text[i + 1] == '{') {
      return i + 2 - p;
    }
    return 0;
  }

  /** {@code {PATH_CHAR}*(\/{PATH_CHAR}+)+\/?} */
  int matchPath(int p) {
    return matchSlashSegments(p, pathRun(p), 1);
  }

  /** {@code \~(\/{PATH_CHAR}+)+\/?} */
  int matchHomePath(int p) {
    if (text[p] != '~') {
      return 0;
    }
    return matchSlashSegments(p, p + 1, 1);
  }

  /** From {@code i}, matches at least {@code min} groups of {@code /} + path characters and an optional final slash. */
  int matchSlashSegments(int p, int i, int min) {
    int groups = 0;
    while (has(i + 1) && text[i] == '/' && isPathChar(text[i + 1])) {
      i += 2;
      while (i < limit && isPathChar(text[i])) {
        i++;
      }
      groups++;
    }
    if (groups < min) {
      return 0;
    }
    if (i < limit && text[i] == '/') {
      i++;
    }
    return i - p;
  }

  /** {@code \<{PATH_CHAR}+(\/{PATH_CHAR}+)*\>} */
  int matchSearchPath(int p) {
    if (text[p] != '<') {
      return 0;
    }
    int i = p + 1;
    int segStart = i;
    while (true) {
      while (i < limit && isPathChar(text[i])) {
        i++;
      }
      if (i == segStart) {
        return 0;
      }
      if (i < limit && text[i] == '/') {
        i++;
        segStart = i;
        continue;
      }
      break;
    }
    if (i < limit && text[i] == '>') {
      return i + 1 - p;
    }
    return 0;
  }

  /** {@code [a-zA-Z][a-zA-Z0-9\+\-\.]*\:[a-zA-Z0-9\%\/\?\:\@\&\=\+\$\,\-\_\.\!\~\*\']+} */
  int matchUri(int p) {
    char c = text[p];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
      return 0;
    }
    int i = schemeRun(p);
    if (i >= limit || text[i] != ':') {
      return 0;
    }
    i++;
    int rest = i;
    while (i < limit && isUriChar(text[i])) {
      i++;
    }
    return i > rest ? i - p : 0;
  }

  int matchWhitespace(int p) {
    int i = p;
    while (i < limit) {
      char c = text[i];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        i++;
      } else {
        break;
      }
    }
    return i - p;
  }

  int matchLineComment(int p) {
    if (text[p] != '#') {
      return 0;
    }
    int i = p + 1;
    while (i < limit && text[i] != '\n' && text[i] != '\r') {
      i++;
    }
    return i - p;
  }

  /** A block comment; an unterminated one does not match at all, as in flex. */
  int matchBlockComment(int p) {
    if (text[p] != '/' || !has(p + 1) || text[p + 1] != '*' || p >= unclosableCommentFrom) {
      return 0;
    }
    int i = p + 2;
    while (i < limit) {
      if (text[i] == '*') {
        while (i < limit && text[i] == '*') {
          i++;
        }
        if (i < limit && text[i] == '/') {
          return i + 1 - p;
        }
      } else {
        i++;
      }
    }
    unclosableCommentFrom = p;
    return 0;
  }

}
