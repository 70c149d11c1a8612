package dev.six.grammar.lexer;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.diagnostic.DiagnosticKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nix lexer: the same token boundaries as Nix's flex scanner (src/libexpr/lexer.l), which the
 * Xtext parser and the index parser both consume.
 *
 * <p>Flex semantics are kept exactly: at each position the longest match over all rules of the
 * current start condition wins, and on a tie the rule listed first. That is what makes {@code a/b}
 * a path, {@code a//b} an update, {@code x:y} a URI and {@code a-b} an identifier. Strings, indented
 * strings and paths are start conditions on a stack: {@code {} and {@code ${} push code mode and
 * {@code }} pops it, so interpolation nests to any depth.
 *
 * <p>The lexer never throws. Characters Nix has no rule for become {@link TokenKind#INVALID}; the
 * values Nix refuses while lexing (a path with a trailing slash) are collected as diagnostics and
 * lexing goes on. Like Nix, a NUL character in code ends the input.
 */
public final class NixLexer {

  private static final int INITIAL = 0;
  private static final int DEFAULT = 1;
  private static final int STRING = 2;
  private static final int IND_STRING = 3;
  private static final int INPATH = 4;
  private static final int INPATH_SLASH = 5;

  private final char[] text;
  private final int limit;
  private int pos;
  private int state = INITIAL;
  private int[] stack = new int[16];
  private int depth;
  private int tokenStart;
  private int tokenEnd;
  private int previousTokenStart;
  private int earlierTokenStart;
  private int endOfInputPosition = -1;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  // Ends of the last scanned runs of path and URI-scheme characters. Every position inside a run
  // has the same run end, so remembering it keeps lexing linear on text like "a.a.a.a...".
  private int pathRunStart = -1;
  private int pathRunEnd = -1;
  private int schemeRunStart = -1;
  private int schemeRunEnd = -1;
  /** A block comment opened at or after this offset can never be closed: no "*&#47;" follows. */
  private int unclosableCommentFrom = Integer.MAX_VALUE;

  /** Lexes {@code text[0..length)}; the array is not copied and must not change while lexing. */
  public NixLexer(char[] text, int length) {
    this.text = text;
    this.limit = length;
  }

  public NixLexer(CharSequence text) {
    this(toChars(text), text.length());
  }

  private static char[] toChars(CharSequence text) {
    if (text instanceof String s) {
      return s.toCharArray();
    }
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = text.charAt(i);
    }
    return chars;
  }

  public char[] text() {
    return text;
  }

  public int length() {
    return limit;
  }

  /** Offset of the first character of the last token. */
  public int tokenStart() {
    return tokenStart;
  }

  /** Offset just past the last token. */
  public int tokenEnd() {
    return tokenEnd;
  }

  /**
   * Where Nix places the end of input when the input ends inside a path (the start of the token
   * before the path's last one: its lexer restores a stale location there), or -1.
   */
  public int endOfInputPosition() {
    return endOfInputPosition;
  }

  /** Problems found so far: paths with a trailing slash. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Scans the next token, trivia included, and returns its kind; EOF repeats forever. */
  public TokenKind next() {
    earlierTokenStart = previousTokenStart;
    previousTokenStart = tokenStart;
    tokenStart = pos;
    TokenKind kind;
    switch (state) {
      case STRING -> kind = scanString();
      case IND_STRING -> kind = scanIndString();
      case INPATH, INPATH_SLASH -> {
        kind = scanInPath();
        if (kind == null) {
          tokenStart = pos;
          kind = scanCode();
        }
      }
      default -> kind = scanCode();
    }
    tokenEnd = pos;
    return kind;
  }

  // ---------------------------------------------------------------------------------------------
  // Start-condition stack, as flex's yy_push_state / yy_pop_state.

  private void push(int newState) {
    if (depth == stack.length) {
      stack = java.util.Arrays.copyOf(stack, depth * 2);
    }
    stack[depth++] = state;
    state = newState;
  }

  private void pop() {
    if (depth > 0) {
      state = stack[--depth];
    } else {
      state = INITIAL;
    }
  }

  private char at(int i) {
    return i < limit ? text[i] : '\0';
  }

  private boolean has(int i) {
    return i < limit;
  }

  // ---------------------------------------------------------------------------------------------
  // Code (INITIAL and DEFAULT).

  private TokenKind scanCode() {
    if (pos >= limit) {
      return TokenKind.EOF;
    }
    char c = text[pos];
    if (c == '\0') {
      // Nix returns the character code as the token, and 0 is bison's end of input.
      return TokenKind.EOF;
    }
    int p = pos;

    // Candidates whose match length depends on the text: identifier (keywords tie with it and win),
    // numbers, paths, URIs. Fixed tokens are compared against them by length.
    int best = 0;
    TokenKind bestKind = null;
    int bestRule = Integer.MAX_VALUE;

    // Rule order in lexer.l: keywords, operators, ID, INT, FLOAT, ${, }, {, ", '', path-with-
    // interpolation start, PATH, HPATH, SPATH, URI, whitespace, comments, any character.
    int fixedLength = fixedOperatorLength(p);
    if (fixedLength > 0) {
      best = fixedLength;
      bestRule = 1;
    }
    int id = matchId(p);
    if (id > best) {
      best = id;
      bestRule = 2;
    }
    int integer = matchInt(p);
    if (integer > best) {
      best = integer;
      bestRule = 3;
    }
    int fl = matchFloat(p);
    if (fl > best) {
      best = fl;
      bestRule = 4;
    }
    if (c == '$' && at(p + 1) == '{' && has(p + 1) && 2 > best) {
      best = 2;
      bestRule = 5;
    }
    if ((c == '{' || c == '}' || c == '"') && 1 > best) {
      best = 1;
      bestRule = 6;
    }
    int indOpen = matchIndOpen(p);
    if (indOpen > best) {
      best = indOpen;
      bestRule = 7;
    }
    int segInterp = matchPathSegInterpolation(p);
    if (segInterp > best) {
      best = segInterp;
      bestRule = 8;
    }
    int path = matchPath(p);
    if (path > best) {
      best = path;
      bestRule = 9;
    }
    int hpath = matchHomePath(p);
    if (hpath > best) {
      best = hpath;
      bestRule = 10;
    }
    int spath = matchSearchPath(p);
    if (spath > best) {
      best = spath;
      bestRule = 11;
    }
    int uri = matchUri(p);
    if (uri > best) {
      best = uri;
      bestRule = 12;
    }
    int ws = matchWhitespace(p);
    if (ws > best) {
      best = ws;
      bestRule = 13;
    }
    int comment = matchLineComment(p);
    if (comment > best) {
      best = comment;
      bestRule = 14;
    }
    int block = matchBlockComment(p);
    if (block > best) {
      best = block;
      bestRule = 15;
    } else if (block == 0 && c == '/' && at(p + 1) == '*' && has(p + 1) && p == unclosableCommentFrom) {
      // Nix lexes an unclosed comment as '/' and '*'; the parser's error needs this explanation
      // (once: every later '/*' is unclosed too).
      diagnostics.add(Diagnostic.of(p, p + 2, DiagnosticKind.UNTERMINATED_COMMENT,
          "unterminated comment: this '/*' is never closed"));
    }

    switch (bestRule) {
      case 1 -> {
        pos = p + best;
        bestKind = fixedOperatorKind(p, best);
      }
      case 2 -> {
        pos = p + best;
        bestKind = keywordOrId(p, best);
      }
      case 3 -> {
        pos = p + best;
        bestKind = TokenKind.INT;
      }
      case 4 -> {
        pos = p + best;
        bestKind = TokenKind.FLOAT;
      }
      case 5 -> {
        pos = p + 2;
        push(DEFAULT);
        bestKind = TokenKind.DOLLAR_CURLY;
      }
      case 6 -> {
        pos = p + 1;
        if (c == '{') {
          push(DEFAULT);
          bestKind = TokenKind.LBRACE;
        } else if (c == '}') {
          if (state != INITIAL) {
            pop();
          }
          bestKind = TokenKind.RBRACE;
        } else {
          push(STRING);
          bestKind = TokenKind.STR_OPEN;
        }
      }
      case 7 -> {
        pos = p + best;
        push(IND_STRING);
        bestKind = TokenKind.IND_OPEN;
      }
      case 8 -> {
        // Nix backs up and rescans the segment alone as the path's first token.
        pos = p + best - 2;
        push(INPATH_SLASH);
        bestKind = c == '~' ? TokenKind.HPATH : TokenKind.PATH;
      }
      case 9, 10 -> {
        pos = p + best;
        push(text[pos - 1] == '/' ? INPATH_SLASH : INPATH);
        bestKind = bestRule == 9 ? TokenKind.PATH : TokenKind.HPATH;
      }
      case 11 -> {
        pos = p + best;
        bestKind = TokenKind.SPATH;
      }
      case 12 -> {
        pos = p + best;
        bestKind = TokenKind.URI;
      }
      case 13 -> {
        pos = p + best;
        bestKind = TokenKind.WS;
      }
      case 14 -> {
        pos = p + best;
        bestKind = TokenKind.LINE_COMMENT;
      }
      case 15 -> {
        pos = p + best;
        bestKind = TokenKind.BLOCK_COMMENT;
      }
      default -> {
        pos = p + 1;
        bestKind = singleCharKind(c);
      }
    }
    return bestKind;
  }

  private int fixedOperatorLength(int p) {
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

  private TokenKind fixedOperatorKind(int p, int length) {
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

  private static TokenKind singleCharKind(char c) {
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

  private TokenKind keywordOrId(int p, int length) {
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

  private boolean is(int p, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (text[p + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static boolean isIdStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  static boolean isIdPart(char c) {
    return isIdStart(c) || (c >= '0' && c <= '9') || c == '\'' || c == '-';
  }

  private static boolean isDigit(char c) {
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

  private static boolean isSchemeChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '+'
        || c == '-'
        || c == '.';
  }

  private static boolean isUriChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "%/?:@&=+$,-_.!~*'".indexOf(c) >= 0;
  }

  private int matchId(int p) {
    if (!isIdStart(text[p])) {
      return 0;
    }
    int i = p + 1;
    while (i < limit && isIdPart(text[i])) {
      i++;
    }
    return i - p;
  }

  private int matchInt(int p) {
    int i = p;
    while (i < limit && isDigit(text[i])) {
      i++;
    }
    return i - p;
  }

  /** {@code (([1-9][0-9]*\.[0-9]*)|(0?\.[0-9]+))([Ee][+-]?[0-9]+)?} */
  private int matchFloat(int p) {
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
  private int matchIndOpen(int p) {
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
  private int pathRun(int p) {
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
  private int schemeRun(int p) {
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
  private int matchPathSegInterpolation(int p) {
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
  private int matchPath(int p) {
    return matchSlashSegments(p, pathRun(p), 1);
  }

  /** {@code \~(\/{PATH_CHAR}+)+\/?} */
  private int matchHomePath(int p) {
    if (text[p] != '~') {
      return 0;
    }
    return matchSlashSegments(p, p + 1, 1);
  }

  /** From {@code i}, matches at least {@code min} groups of {@code /} + path characters and an optional final slash. */
  private int matchSlashSegments(int p, int i, int min) {
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
  private int matchSearchPath(int p) {
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
  private int matchUri(int p) {
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

  private int matchWhitespace(int p) {
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

  private int matchLineComment(int p) {
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
  private int matchBlockComment(int p) {
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

  // ---------------------------------------------------------------------------------------------
  // "strings"

  private TokenKind scanString() {
    int p = pos;
    if (p >= limit) {
      return TokenKind.EOF;
    }
    char c = text[p];
    if (c == '"') {
      pos = p + 1;
      pop();
      return TokenKind.STR_CLOSE;
    }
    if (c == '$' && has(p + 1) && text[p + 1] == '{') {
      pos = p + 2;
      push(DEFAULT);
      return TokenKind.DOLLAR_CURLY;
    }
    int i = p;
    while (i < limit) {
      char u = text[i];
      if (u == '"') {
        break;
      } else if (u == '\\') {
        if (i + 1 < limit) {
          i += 2;
        } else {
          break;
        }
      } else if (u == '$') {
        if (i + 1 >= limit) {
          break;
        }
        char v = text[i + 1];
        if (v == '{') {
          break;
        } else if (v == '"') {
          // The trailing-context rule: text ending in '$' right before the closing quote.
          i++;
          break;
        } else if (v == '\\') {
          if (i + 2 < limit) {
            i += 3;
          } else {
            break;
          }
        } else {
          i += 2;
        }
      } else {
        i++;
      }
    }
    if (i == p) {
      // Only at the end of input: a lone '$', '\' or '$\'. Nix returns it as text and lets the
      // parser fail at the end of file.
      int n = Math.min(limit - p, (c == '$' && has(p + 1) && text[p + 1] == '\\') ? 2 : 1);
      pos = p + n;
      return TokenKind.STR_TEXT;
    }
    pos = i;
    return TokenKind.STR_TEXT;
  }

  // ---------------------------------------------------------------------------------------------
  // ''indented strings''

  private TokenKind scanIndString() {
    int p = pos;
    if (p >= limit) {
      return TokenKind.EOF;
    }
    char c = text[p];
    if (c == '\'' && has(p + 1) && text[p + 1] == '\'') {
      if (has(p + 2)) {
        char d = text[p + 2];
        if (d == '$' || d == '\'') {
          pos = p + 3;
          return TokenKind.IND_ESCAPE;
        }
        if (d == '\\' && has(p + 3)) {
          pos = p + 4;
          return TokenKind.IND_ESCAPE;
        }
      }
      pos = p + 2;
      pop();
      return TokenKind.IND_CLOSE;
    }
    if (c == '$' && has(p + 1) && text[p + 1] == '{') {
      pos = p + 2;
      push(DEFAULT);
      return TokenKind.DOLLAR_CURLY;
    }
    int i = p;
    while (i < limit) {
      char u = text[i];
      if (u == '$') {
        if (i + 1 < limit && text[i + 1] != '{' && text[i + 1] != '\'') {
          i += 2;
        } else {
          break;
        }
      } else if (u == '\'') {
        if (i + 1 < limit && text[i + 1] != '\'' && text[i + 1] != '$') {
          i += 2;
        } else {
          break;
        }
      } else {
        i++;
      }
    }
    if (i == p) {
      // A lone '$' (before a quote or at the end) or a lone '\'' (before '$' or at the end).
      pos = p + 1;
      return TokenKind.IND_ESCAPE;
    }
    pos = i;
    return TokenKind.IND_TEXT;
  }

  // ---------------------------------------------------------------------------------------------
  // Paths after their first token: INPATH and INPATH_SLASH.

  /** Returns the next path token, or null once the path has ended (the caller then scans code). */
  private TokenKind scanInPath() {
    int p = pos;
    if (has(p + 1) && text[p] == '$' && text[p + 1] == '{') {
      pos = p + 2;
      pop();
      push(INPATH);
      push(DEFAULT);
      return TokenKind.PATH_INTERP;
    }
    int i = p;
    while (i < limit && isPathChar(text[i])) {
      i++;
    }
    while (has(i + 1) && text[i] == '/' && isPathChar(text[i + 1])) {
      i += 2;
      while (i < limit && isPathChar(text[i])) {
        i++;
      }
    }
    if (i < limit && text[i] == '/') {
      i++;
    }
    if (i > p) {
      pos = i;
      pop();
      push(text[i - 1] == '/' ? INPATH_SLASH : INPATH);
      return TokenKind.PATH_TEXT;
    }
    if (state == INPATH && p >= limit) {
      endOfInputPosition = earlierTokenStart;
    }
    if (state == INPATH_SLASH) {
      // At the end of input Nix reports the error where the last token (the path's) starts.
      int at = p < limit ? p : previousTokenStart;
      int end = Math.min(at + 1, limit);
      diagnostics.add(
          Diagnostic.of(at, end, DiagnosticKind.PATH_TRAILING_SLASH, "path has a trailing slash"));
    }
    pop();
    return null;
  }
}
