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
  private final CodeMatchers code;

  /** Lexes {@code text[0..length)}; the array is not copied and must not change while lexing. */
  public NixLexer(char[] text, int length) {
    this.text = text;
    this.limit = length;
    this.code = new CodeMatchers(text, length);
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
    int fixedLength = code.fixedOperatorLength(p);
    if (fixedLength > 0) {
      best = fixedLength;
      bestRule = 1;
    }
    int id = code.matchId(p);
    if (id > best) {
      best = id;
      bestRule = 2;
    }
    int integer = code.matchInt(p);
    if (integer > best) {
      best = integer;
      bestRule = 3;
    }
    int fl = code.matchFloat(p);
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
    int indOpen = code.matchIndOpen(p);
    if (indOpen > best) {
      best = indOpen;
      bestRule = 7;
    }
    int segInterp = code.matchPathSegInterpolation(p);
    if (segInterp > best) {
      best = segInterp;
      bestRule = 8;
    }
    int path = code.matchPath(p);
    if (path > best) {
      best = path;
      bestRule = 9;
    }
    int hpath = code.matchHomePath(p);
    if (hpath > best) {
      best = hpath;
      bestRule = 10;
    }
    int spath = code.matchSearchPath(p);
    if (spath > best) {
      best = spath;
      bestRule = 11;
    }
    int uri = code.matchUri(p);
    if (uri > best) {
      best = uri;
      bestRule = 12;
    }
    int ws = code.matchWhitespace(p);
    if (ws > best) {
      best = ws;
      bestRule = 13;
    }
    int comment = code.matchLineComment(p);
    if (comment > best) {
      best = comment;
      bestRule = 14;
    }
    int block = code.matchBlockComment(p);
    if (block > best) {
      best = block;
      bestRule = 15;
    } else if (block == 0 && c == '/' && at(p + 1) == '*' && has(p + 1) && p == code.unclosableCommentFrom()) {
      // Nix lexes an unclosed comment as '/' and '*'; the parser's error needs this explanation
      // (once: every later '/*' is unclosed too).
      diagnostics.add(Diagnostic.of(p, p + 2, DiagnosticKind.UNTERMINATED_COMMENT,
          "unterminated comment: this '/*' is never closed"));
    }

    switch (bestRule) {
      case 1 -> {
        pos = p + best;
        bestKind = code.fixedOperatorKind(p, best);
      }
      case 2 -> {
        pos = p + best;
        bestKind = code.keywordOrId(p, best);
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
        bestKind = code.singleCharKind(c);
      }
    }
    return bestKind;
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
    while (i < limit && CodeMatchers.isPathChar(text[i])) {
      i++;
    }
    while (has(i + 1) && text[i] == '/' && CodeMatchers.isPathChar(text[i + 1])) {
      i += 2;
      while (i < limit && CodeMatchers.isPathChar(text[i])) {
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
