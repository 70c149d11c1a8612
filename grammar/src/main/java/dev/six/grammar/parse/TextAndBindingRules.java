package dev.six.grammar.parse;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.diagnostic.DiagnosticKind;
import dev.six.grammar.lexer.TokenKind;
import dev.six.grammar.lexer.Unescape;
import dev.six.grammar.syntax.SyntaxKind;

/**
 * The index parser's rules for what is not an operator expression: strings, indented strings,
 * paths and their interpolations; bindings, inherits and attribute paths; formal parameters.
 */
abstract class TextAndBindingRules extends ParserCursor {

  TextAndBindingRules(char[] text, int length) {
    super(text, length);
  }

  void formals() {
    int begin = start();
    int m = tree.mark();
    bump(); // {
    int ellipsis = 0;
    while (true) {
      if (at(TokenKind.ELLIPSIS)) {
        bump();
        ellipsis = 1;
        expect(TokenKind.RBRACE, "'}' after '...'");
        break;
      }
      if (at(TokenKind.ID)) {
        formal();
        if (eat(TokenKind.COMMA)) {
          continue;
        }
        if (!expect(TokenKind.RBRACE, "',' or '}' after a formal parameter")) {
          skipTo(TokenKind.RBRACE);
        }
        break;
      }
      if (eat(TokenKind.RBRACE)) {
        break;
      }
      error("expected a formal parameter, '...' or '}', found " + describe(p));
      skipTo(TokenKind.RBRACE);
      break;
    }
    tree.node(SyntaxKind.FORMALS, begin, lastEnd(), ellipsis, m);
  }

  void formal() {
    int begin = start();
    int name = symbolOfToken(p);
    int m = tree.mark();
    bump();
    if (eat(TokenKind.QUESTION)) {
      body("'?'");
    }
    tree.node(SyntaxKind.FORMAL, begin, lastEnd(), name, m);
  }

  void string() {
    int begin = start();
    int m = tree.mark();
    bump();
    while (true) {
      TokenKind k = peek();
      if (k == TokenKind.STR_TEXT) {
        int s = tokens.start(p);
        int e = tokens.end(p);
        tree.leaf(SyntaxKind.STR_TEXT, s, e, literal(Unescape.string(text, s, e)));
        bump();
      } else if (k == TokenKind.DOLLAR_CURLY) {
        interpolation();
      } else if (k == TokenKind.STR_CLOSE) {
        bump();
        break;
      } else {
        diagnostics.add(new Diagnostic(start(), start(), DiagnosticKind.UNTERMINATED_STRING,
            "unterminated string: the '\"' at " + position(begin) + " is never closed", begin));
        break;
      }
    }
    tree.node(SyntaxKind.STRING, begin, lastEnd(), 0, m);
  }

  void indString() {
    int begin = start();
    int m = tree.mark();
    bump();
    while (true) {
      TokenKind k = peek();
      int s = tokens.start(p);
      int e = tokens.end(p);
      if (k == TokenKind.IND_TEXT) {
        tree.leaf(SyntaxKind.IND_TEXT, s, e, literal(new String(text, s, e - s)));
        bump();
      } else if (k == TokenKind.IND_ESCAPE) {
        tree.leaf(SyntaxKind.IND_ESCAPE, s, e, literal(Unescape.indEscape(text, s, e)));
        bump();
      } else if (k == TokenKind.DOLLAR_CURLY) {
        interpolation();
      } else if (k == TokenKind.IND_CLOSE) {
        bump();
        break;
      } else {
        diagnostics.add(new Diagnostic(start(), start(), DiagnosticKind.UNTERMINATED_STRING,
            "unterminated indented string: the \"''\" at " + position(begin) + " is never closed", begin));
        break;
      }
    }
    tree.node(SyntaxKind.IND_STRING, begin, lastEnd(), 0, m);
  }

  void interpolation() {
    int begin = start();
    int m = tree.mark();
    bump();
    body("'${'");
    if (!expect(TokenKind.RBRACE, "'}' to close the '${' at " + position(begin))) {
      skipTo(TokenKind.RBRACE);
    }
    tree.node(SyntaxKind.INTERP, begin, lastEnd(), 0, m);
  }

  void path() {
    int begin = start();
    int m = tree.mark();
    tree.leaf(SyntaxKind.PATH_HEAD, begin, tokens.end(p), literal(tokenText(p)));
    bump();
    if (at(TokenKind.PATH_TEXT)) {
      // Literal text right after the first token means '//': Nix's grammar allows it only when an
      // interpolation follows.
      int text = p;
      tree.leaf(SyntaxKind.STR_TEXT, start(), tokens.end(p), literal(tokenText(p)));
      bump();
      if (!at(TokenKind.PATH_INTERP)) {
        // Nix reports it where the path ends: at the next text, else (at the end of input) where
        // Nix puts the end, else at this text.
        int at = at(TokenKind.PATH_TEXT) || at(TokenKind.EOF) ? p : text;
        int offset = tokens.start(at);
        diagnostics.add(Diagnostic.of(offset, Math.min(offset + 1, length), DiagnosticKind.SYNTAX_ERROR,
            "a path cannot contain '//' unless an interpolation follows"));
        lastErrorToken = p;
      }
    }
    while (true) {
      if (at(TokenKind.PATH_TEXT)) {
        tree.leaf(SyntaxKind.STR_TEXT, start(), tokens.end(p), literal(tokenText(p)));
        bump();
      } else if (at(TokenKind.PATH_INTERP)) {
        interpolation();
      } else {
        break;
      }
    }
    tree.node(SyntaxKind.PATH, begin, lastEnd(), 0, m);
  }

  static boolean startsAttr(TokenKind k) {
    return k == TokenKind.ID || k == TokenKind.OR_KW || k == TokenKind.STR_OPEN || k == TokenKind.DOLLAR_CURLY;
  }

  void bindings(boolean inLet) {
    while (true) {
      TokenKind k = peek();
      if (k == TokenKind.RBRACE || k == TokenKind.EOF || (inLet && k == TokenKind.IN)) {
        return;
      }
      if (k == TokenKind.INHERIT) {
        inherit();
      } else if (startsAttr(k)) {
        bind();
      } else {
        error("expected an attribute name, 'inherit' or " + (inLet ? "'in'" : "'}'") + ", found " + describe(p));
        int before = p;
        recover(inLet);
        if (p == before) {
          return;
        }
      }
    }
  }

  void bind() {
    int begin = start();
    int m = tree.mark();
    int pathStart = p;
    attrPath(null);
    String name = new String(text, tokens.start(pathStart), lastEnd() - tokens.start(pathStart));
    if (!expect(TokenKind.ASSIGN, "'=' after the attribute name '" + name + "'")) {
      missing();
      recover(false);
      tree.node(SyntaxKind.BIND, begin, lastEnd(), 0, m);
      return;
    }
    body("'='");
    if (!expect(TokenKind.SEMI, "';' after the value of attribute '" + name + "'")) {
      if (!at(TokenKind.RBRACE) && !at(TokenKind.IN)) {
        recover(true);
      }
    }
    tree.node(SyntaxKind.BIND, begin, lastEnd(), 0, m);
  }

  void inherit() {
    int begin = start();
    int m = tree.mark();
    bump();
    if (at(TokenKind.LPAREN)) {
      int open = start();
      bump();
      body("'('");
      if (!expect(TokenKind.RPAREN, "')' to close the '(' at " + position(open))) {
        skipTo(TokenKind.RPAREN);
      }
    }
    int namesStart = lastEnd();
    while (startsAttr(peek())) {
      attrName();
    }
    if (!expect(TokenKind.SEMI, "';' after 'inherit'")) {
      recover(true);
    }
    tree.node(SyntaxKind.INHERIT, begin, lastEnd(), namesStart, m);
  }

  void attrPath(String after) {
    int begin = start();
    int m = tree.mark();
    if (after != null && !startsAttr(peek())) {
      error("expected an attribute name after " + after + ", found " + describe(p));
      missing();
    } else {
      attrName();
      while (eat(TokenKind.DOT)) {
        if (startsAttr(peek())) {
          attrName();
        } else {
          error("expected an attribute name after '.', found " + describe(p));
          missing();
          break;
        }
      }
    }
    tree.node(SyntaxKind.ATTRPATH, begin, lastEnd(), 0, m);
  }

  void attrName() {
    int begin = start();
    switch (peek()) {
      case ID, OR_KW -> {
        tree.leaf(SyntaxKind.ATTR_ID, begin, tokens.end(p), symbolOfToken(p));
        bump();
      }
      case STR_OPEN -> {
        int m = tree.mark();
        string();
        tree.node(SyntaxKind.ATTR_STRING, begin, lastEnd(), 0, m);
      }
      default -> {
        int m = tree.mark();
        bump();
        body("'${'");
        if (!expect(TokenKind.RBRACE, "'}' to close the '${' at " + position(begin))) {
          skipTo(TokenKind.RBRACE);
        }
        tree.node(SyntaxKind.ATTR_DYNAMIC, begin, lastEnd(), 0, m);
      }
    }
  }
}
