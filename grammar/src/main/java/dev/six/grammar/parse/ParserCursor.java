package dev.six.grammar.parse;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.diagnostic.DiagnosticKind;
import dev.six.grammar.lexer.TokenBuffer;
import dev.six.grammar.lexer.TokenKind;
import dev.six.grammar.syntax.LineMap;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTreeBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The machinery under the index parser's grammar rules: the token cursor, the tree being built,
 * diagnostics (one per error site), recovery to the end of a construct, and the nesting guard.
 * Kept apart so that {@link IndexParser} and {@link TextAndBindingRules} read as grammar.
 */
abstract class ParserCursor {
  static final int SHARED_LITERAL_LENGTH = 24;
  /** More nesting than Nix itself accepts (its parser stack runs out between 3,000 and 5,000 levels). */
  static final int MAX_NESTING = 20_000;
  final char[] text;
  final int length;
  final TokenBuffer tokens;
  final SyntaxTreeBuilder tree;
  final List<Diagnostic> diagnostics = new ArrayList<>();
  int p;
  int lastErrorToken = -1;
  int depth;
  LineMap lineMap;

  ParserCursor(char[] text, int length) {
    this.text = text;
    this.length = length;
    this.tokens = TokenBuffer.lex(text, length);
    this.tree = new SyntaxTreeBuilder(tokens.count() + tokens.count() / 2);
  }

  /** Parses a whole expression (the {@code expr} rule), implemented by the grammar. */
  abstract void expr();

  /** Thrown out of the recursion when nesting passes {@link #MAX_NESTING}; parseFile reports it. */
  static final class NestingTooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NestingTooDeep() {
      super(null, null, false, false);
    }
  }

  void enter() {
    if (++depth > MAX_NESTING) {
      throw new NestingTooDeep();
    }
  }

  void leave() {
    depth--;
  }

  TokenKind peek() {
    return tokens.kind(p);
  }

  TokenKind peek(int ahead) {
    return tokens.kind(p + ahead);
  }

  boolean at(TokenKind kind) {
    return tokens.kind(p) == kind;
  }

  int start() {
    return tokens.start(p);
  }

  /** End offset of the last consumed token. */
  int lastEnd() {
    return p == 0 ? 0 : tokens.end(p - 1);
  }

  void bump() {
    if (!at(TokenKind.EOF)) {
      p++;
    }
  }

  boolean eat(TokenKind kind) {
    if (at(kind)) {
      bump();
      return true;
    }
    return false;
  }

  String tokenText(int i) {
    return new String(text, tokens.start(i), tokens.end(i) - tokens.start(i));
  }

  String describe(int i) {
    return TokenDescriber.describe(tokens.kind(i), tokenText(i));
  }

  void error(String message) {
    if (lastErrorToken == p) {
      return;
    }
    lastErrorToken = p;
    TokenKind kind = peek();
    DiagnosticKind diagnosticKind =
        kind == TokenKind.INVALID ? DiagnosticKind.INVALID_CHARACTER : DiagnosticKind.SYNTAX_ERROR;
    diagnostics.add(Diagnostic.of(start(), tokens.end(p), diagnosticKind, message));
  }

  void error(DiagnosticKind kind, int from, int to, String message) {
    diagnostics.add(Diagnostic.of(from, to, kind, message));
  }

  /** Consumes {@code kind} or reports {@code expected} (a message fragment such as "';' after ..."). */
  boolean expect(TokenKind kind, String expected) {
    if (eat(kind)) {
      return true;
    }
    error("expected " + expected + ", found " + describe(p));
    return false;
  }

  /** An ERROR leaf where something is missing (never before the end of what was parsed). */
  void missing() {
    int at = Math.max(start(), lastEnd());
    tree.leaf(SyntaxKind.ERROR, at, at, -1);
  }

  String position(int offset) {
    if (lineMap == null) {
      lineMap = LineMap.of(text, length);
    }
    return lineMap.line(offset) + ":" + lineMap.column(offset);
  }

  /** Skips to the end of the current construct: past a ';', or up to a closer, balancing brackets. */
  void recover(boolean stopAtIn) {
    int nesting = 0;
    while (!at(TokenKind.EOF)) {
      TokenKind k = peek();
      if (nesting == 0) {
        if (k == TokenKind.SEMI) {
          bump();
          return;
        }
        if (k == TokenKind.RBRACE || k == TokenKind.RBRACKET || k == TokenKind.RPAREN) {
          return;
        }
        if (stopAtIn && k == TokenKind.IN) {
          return;
        }
      }
      switch (k) {
        case LBRACE, DOLLAR_CURLY, PATH_INTERP, LBRACKET, LPAREN -> nesting++;
        case RBRACE, RBRACKET, RPAREN -> nesting--;
        default -> {
          // other tokens are skipped
        }
      }
      bump();
    }
  }

  void skipTo(TokenKind closer) {
    int nesting = 0;
    while (!at(TokenKind.EOF)) {
      TokenKind k = peek();
      if (nesting == 0 && k == closer) {
        bump();
        return;
      }
      if (nesting == 0 && (k == TokenKind.COLON || k == TokenKind.SEMI)) {
        return;
      }
      switch (k) {
        case LBRACE, DOLLAR_CURLY, PATH_INTERP, LBRACKET, LPAREN -> nesting++;
        case RBRACE, RBRACKET, RPAREN -> {
          if (nesting == 0) {
            return;
          }
          nesting--;
        }
        default -> {
          // skipped
        }
      }
      bump();
    }
  }

  /** Short literal texts recur across files ("out", "$", "--enable-shared"), so they are shared like names. */
  int literal(String value) {
    return value.length() <= SHARED_LITERAL_LENGTH ? tree.name(value) : tree.string(value);
  }

  int symbolOfToken(int i) {
    return tree.name(tokenText(i));
  }

  /** The body of a function, assertion, {@code with} or {@code let}. */
  void body(String after) {
    if (startsExpr(peek())) {
      expr();
    } else {
      error("expected an expression after " + after + ", found " + describe(p));
      missing();
    }
  }

  boolean startsOperand(TokenKind k) {
    return k == TokenKind.BANG || k == TokenKind.MINUS || startsSelect(k, peek(1));
  }

  boolean startsExpr(TokenKind k) {
    return switch (k) {
      case ASSERT, WITH, LET, IF -> true;
      default -> startsOperand(k);
    };
  }

  static boolean startsSelect(TokenKind k, TokenKind next) {
    return switch (k) {
      case ID, INT, FLOAT, STR_OPEN, IND_OPEN, PATH, HPATH, SPATH, URI, LPAREN, REC, LBRACE, LBRACKET ->
          true;
      case LET -> true;
      default -> false;
    };
  }
}
