package dev.six.grammar.parse;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.diagnostic.DiagnosticKind;
import dev.six.grammar.lexer.NumberLiterals;
import dev.six.grammar.lexer.TokenBuffer;
import dev.six.grammar.lexer.TokenKind;
import dev.six.grammar.syntax.BinaryOp;
import dev.six.grammar.syntax.LineMap;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;
import dev.six.grammar.syntax.SyntaxTreeBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fast parser: a hand-written recursive-descent parser over {@link TokenBuffer} that builds a
 * {@link SyntaxTree} directly, with no EMF objects and no node model. The workspace index and
 * {@code six parse} use it; open editor documents use the Xtext parser, and tests check that both
 * build identical trees.
 *
 * <p>Its rules are those of {@code Nix.xtext} (one method per grammar rule), which are Nix's bison
 * rules with the precedence table unfolded. On a syntax error it reports one diagnostic, leaves an
 * ERROR node and resynchronises at the next {@code ;}, closing bracket or keyword that ends the
 * construct, so one file can report several errors.
 */
public final class IndexParser extends TextAndBindingRules {

  private IndexParser(char[] text, int length) {
    super(text, length);
  }

  /** Parses {@code text[0..length)}. Never throws on any input. */
  public static ParseResult parse(char[] text, int length) {
    return DeepRecursion.call(() -> new IndexParser(text, length).parseFile(), () -> tooDeep(text, length));
  }

  private static ParseResult tooDeep(char[] text, int length) {
    SyntaxTreeBuilder builder = new SyntaxTreeBuilder(1);
    builder.leaf(SyntaxKind.ERROR, 0, length, -1);
    return new ParseResult(builder.build(LineMap.of(text, length), length),
        List.of(Diagnostic.of(0, 0, DiagnosticKind.SYNTAX_ERROR, "expression nested too deeply")));
  }

  public static ParseResult parse(String text) {
    return parse(text.toCharArray(), text.length());
  }

  private ParseResult parseFile() {
    if (at(TokenKind.EOF)) {
      error("unexpected end of file, expected an expression");
    } else {
      try {
        expr();
        if (!at(TokenKind.EOF)) {
          error("unexpected " + describe(p) + " after the end of the expression");
        }
      } catch (NestingTooDeep e) {
        diagnostics.add(Diagnostic.of(start(), tokens.end(p), DiagnosticKind.SYNTAX_ERROR,
            "expression nested too deeply (more than " + MAX_NESTING + " levels)"));
      }
    }
    List<Diagnostic> all = new ArrayList<>(tokens.diagnostics());
    all.addAll(diagnostics);
    all.sort(Comparator.comparingInt(Diagnostic::start));
    LineMap lines = lineMap != null ? lineMap : LineMap.of(text, length);
    return new ParseResult(tree.build(lines, length), all);
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions: expr_function.

  @Override
  void expr() {
    enter();
    try {
      exprAtDepth();
    } finally {
      leave();
    }
  }

  private void exprAtDepth() {
    TokenKind k = peek();
    switch (k) {
      case ID -> {
        TokenKind next = peek(1);
        if (next == TokenKind.COLON) {
          simpleLambda();
          return;
        }
        if (next == TokenKind.AT) {
          argFirstLambda();
          return;
        }
      }
      case LBRACE -> {
        if (looksLikeFormals()) {
          formalsFirstLambda();
          return;
        }
      }
      case ASSERT -> {
        assertOrWith(SyntaxKind.ASSERT, "assertion");
        return;
      }
      case WITH -> {
        assertOrWith(SyntaxKind.WITH, "'with' expression");
        return;
      }
      case LET -> {
        if (peek(1) != TokenKind.LBRACE) {
          let();
          return;
        }
      }
      case IF -> {
        ifThenElse();
        return;
      }
      default -> {
        // an operator expression
      }
    }
    pipe();
  }

  /** At {@code {}: is this the formal parameter list of a function? */
  private boolean looksLikeFormals() {
    TokenKind k1 = peek(1);
    if (k1 == TokenKind.ELLIPSIS) {
      return true;
    }
    if (k1 == TokenKind.RBRACE) {
      TokenKind k2 = peek(2);
      return k2 == TokenKind.COLON || k2 == TokenKind.AT;
    }
    if (k1 == TokenKind.ID) {
      TokenKind k2 = peek(2);
      return k2 == TokenKind.COMMA || k2 == TokenKind.QUESTION || k2 == TokenKind.RBRACE;
    }
    return false;
  }

  private void simpleLambda() {
    int begin = start();
    int arg = symbolOfToken(p);
    int m = tree.mark();
    bump();
    bump();
    body("':'");
    tree.node(SyntaxKind.LAMBDA, begin, lastEnd(), arg, m);
  }

  private void argFirstLambda() {
    int begin = start();
    int arg = symbolOfToken(p);
    int m = tree.mark();
    bump();
    bump();
    if (at(TokenKind.LBRACE)) {
      formals();
    } else {
      error("expected '{' after '@', found " + describe(p));
      missing();
    }
    if (expect(TokenKind.COLON, "':' after the function's formal parameters")) {
      body("':'");
    } else {
      missing();
    }
    tree.node(SyntaxKind.LAMBDA, begin, lastEnd(), arg, m);
  }

  private void formalsFirstLambda() {
    int begin = start();
    int m = tree.mark();
    formals();
    int arg = -1;
    if (eat(TokenKind.AT)) {
      if (at(TokenKind.ID)) {
        arg = symbolOfToken(p);
        bump();
      } else {
        error("expected a name after '@', found " + describe(p));
      }
    }
    if (expect(TokenKind.COLON, "':' after the function's formal parameters")) {
      body("':'");
    } else {
      missing();
    }
    tree.node(SyntaxKind.LAMBDA, begin, lastEnd(), arg, m);
  }

  private void assertOrWith(SyntaxKind kind, String what) {
    int begin = start();
    int m = tree.mark();
    bump();
    body("'" + (kind == SyntaxKind.ASSERT ? "assert" : "with") + "'");
    if (expect(TokenKind.SEMI, "';' after the " + (kind == SyntaxKind.ASSERT ? "condition" : "scope") + " of the " + what)) {
      body("';'");
    } else {
      missing();
    }
    tree.node(kind, begin, lastEnd(), 0, m);
  }

  private void let() {
    int begin = start();
    int m = tree.mark();
    bump();
    bindings(true);
    if (expect(TokenKind.IN, "'in' after the bindings of 'let'")) {
      body("'in'");
    } else {
      missing();
    }
    tree.node(SyntaxKind.LET, begin, lastEnd(), begin + 3, m);
  }

  private void ifThenElse() {
    int begin = start();
    int m = tree.mark();
    bump();
    body("'if'");
    if (expect(TokenKind.THEN, "'then' after the condition of 'if'")) {
      body("'then'");
      if (expect(TokenKind.ELSE, "'else': every 'if' needs one")) {
        body("'else'");
      } else {
        missing();
      }
    } else {
      missing();
      missing();
    }
    tree.node(SyntaxKind.IF, begin, lastEnd(), 0, m);
  }

  // ---------------------------------------------------------------------------------------------
  // Operators, lowest precedence first.

  private void binary(int begin, int m, BinaryOp op) {
    tree.node(SyntaxKind.BINARY, begin, lastEnd(), op.ordinal(), m);
  }

  /** Parses the right operand of a binary operator, or reports its absence. */
  private boolean operand(String op) {
    if (startsOperand(peek())) {
      return true;
    }
    error("expected an expression after '" + op + "', found " + describe(p));
    missing();
    return false;
  }

  private void pipe() {
    int begin = start();
    int m = tree.mark();
    implication();
    if (at(TokenKind.PIPE_INTO)) {
      while (eat(TokenKind.PIPE_INTO)) {
        if (operand("|>")) {
          implication();
        }
        binary(begin, m, BinaryOp.PIPE_INTO);
      }
      if (at(TokenKind.PIPE_FROM)) {
        error("'<|' and '|>' cannot be mixed without parentheses");
      }
    } else if (eat(TokenKind.PIPE_FROM)) {
      if (operand("<|")) {
        pipeFrom();
      }
      binary(begin, m, BinaryOp.PIPE_FROM);
      if (at(TokenKind.PIPE_INTO)) {
        error("'<|' and '|>' cannot be mixed without parentheses");
      }
    }
  }

  private void pipeFrom() {
    rightChain(this::implication, this::implication, TokenKind.PIPE_FROM, BinaryOp.PIPE_FROM);
  }

  private void implication() {
    rightChain(this::or, this::or, TokenKind.IMPL, BinaryOp.IMPL);
  }

  /**
   * A right-associative chain ({@code a -> b -> c} is {@code a -> (b -> c)}), parsed as a loop so
   * that long chains do not nest the Java stack: operands left to right, then nodes right to left.
   */
  private void rightChain(Runnable first, Runnable rest, TokenKind token, BinaryOp op) {
    int[] marks = new int[4];
    int[] starts = new int[4];
    int n = 0;
    marks[n] = tree.mark();
    starts[n++] = start();
    first.run();
    while (eat(token)) {
      if (n == marks.length) {
        marks = java.util.Arrays.copyOf(marks, n * 2);
        starts = java.util.Arrays.copyOf(starts, n * 2);
      }
      marks[n] = tree.mark();
      starts[n++] = start();
      if (operand(op.text())) {
        rest.run();
      }
    }
    for (int i = n - 2; i >= 0; i--) {
      binary(starts[i], marks[i], op);
    }
  }

  private void or() {
    int begin = start();
    int m = tree.mark();
    and();
    while (eat(TokenKind.OR)) {
      if (operand("||")) {
        and();
      }
      binary(begin, m, BinaryOp.OR);
    }
  }

  private void and() {
    int begin = start();
    int m = tree.mark();
    equality();
    while (eat(TokenKind.AND)) {
      if (operand("&&")) {
        equality();
      }
      binary(begin, m, BinaryOp.AND);
    }
  }

  private void equality() {
    int begin = start();
    int m = tree.mark();
    comparison();
    if (at(TokenKind.EQ) || at(TokenKind.NEQ)) {
      BinaryOp op = at(TokenKind.EQ) ? BinaryOp.EQ : BinaryOp.NEQ;
      bump();
      if (operand(op.text())) {
        comparison();
      }
      binary(begin, m, op);
      if (at(TokenKind.EQ) || at(TokenKind.NEQ)) {
        error("'==' and '!=' do not chain: add parentheses");
      }
    }
  }

  private void comparison() {
    int begin = start();
    int m = tree.mark();
    update();
    BinaryOp op = comparisonOp(peek());
    if (op != null) {
      bump();
      if (operand(op.text())) {
        update();
      }
      binary(begin, m, op);
      if (comparisonOp(peek()) != null) {
        error("comparisons do not chain: add parentheses");
      }
    }
  }

  private static BinaryOp comparisonOp(TokenKind k) {
    return switch (k) {
      case LT -> BinaryOp.LT;
      case GT -> BinaryOp.GT;
      case LEQ -> BinaryOp.LEQ;
      case GEQ -> BinaryOp.GEQ;
      default -> null;
    };
  }

  private void update() {
    rightChain(this::notLevel, this::notLevel, TokenKind.UPDATE, BinaryOp.UPDATE);
  }

  private void notLevel() {
    if (at(TokenKind.BANG)) {
      not();
    } else {
      additive();
    }
  }

  private void not() {
    enter();
    int begin = start();
    int m = tree.mark();
    bump();
    if (operand("!")) {
      notLevel();
    }
    tree.node(SyntaxKind.NOT, begin, lastEnd(), 0, m);
    leave();
  }

  private void additive() {
    int begin = start();
    int m = tree.mark();
    multiplicative();
    while (at(TokenKind.PLUS) || at(TokenKind.MINUS)) {
      BinaryOp op = at(TokenKind.PLUS) ? BinaryOp.ADD : BinaryOp.SUB;
      bump();
      if (operand(op.text())) {
        if (at(TokenKind.BANG)) {
          not();
        } else {
          multiplicative();
        }
      }
      binary(begin, m, op);
    }
  }

  private void multiplicative() {
    int begin = start();
    int m = tree.mark();
    concat();
    while (at(TokenKind.STAR) || at(TokenKind.SLASH)) {
      BinaryOp op = at(TokenKind.STAR) ? BinaryOp.MUL : BinaryOp.DIV;
      bump();
      if (operand(op.text())) {
        concatOrNot();
      }
      binary(begin, m, op);
    }
  }

  private void concatOrNot() {
    if (at(TokenKind.BANG)) {
      not();
    } else {
      concat();
    }
  }

  private void concat() {
    rightChain(this::hasAttr, this::hasAttrOrNot, TokenKind.CONCAT, BinaryOp.CONCAT);
  }

  /** A right operand of {@code ++}: a {@code !} there extends over everything tighter than it. */
  private void hasAttrOrNot() {
    if (at(TokenKind.BANG)) {
      not();
    } else {
      hasAttr();
    }
  }

  private void hasAttr() {
    int begin = start();
    int m = tree.mark();
    negation();
    // The right side of '?' is an attribute path, not an operand, so '?' chains to the left.
    while (eat(TokenKind.QUESTION)) {
      attrPath("'?'");
      tree.node(SyntaxKind.HAS_ATTR, begin, lastEnd(), 0, m);
    }
  }

  private void negation() {
    if (at(TokenKind.MINUS)) {
      enter();
      int begin = start();
      int m = tree.mark();
      bump();
      if (operand("-")) {
        if (at(TokenKind.BANG)) {
          not();
        } else {
          negation();
        }
      }
      tree.node(SyntaxKind.NEGATE, begin, lastEnd(), 0, m);
      leave();
    } else {
      application();
    }
  }

  private void application() {
    int begin = start();
    int m = tree.mark();
    select();
    while (startsSelect(peek(), peek(1))) {
      select();
      tree.node(SyntaxKind.APPLY, begin, lastEnd(), 0, m);
    }
  }

  private void select() {
    enter();
    int begin = start();
    int m = tree.mark();
    primary();
    if (eat(TokenKind.DOT)) {
      attrPath("'.'");
      if (eat(TokenKind.OR_KW)) {
        if (startsSelect(peek(), peek(1))) {
          select();
        } else {
          error("expected a default value after 'or', found " + describe(p));
          missing();
        }
      }
      tree.node(SyntaxKind.SELECT, begin, lastEnd(), 0, m);
    } else if (eat(TokenKind.OR_KW)) {
      tree.node(SyntaxKind.OR_CALL, begin, lastEnd(), 0, m);
    }
    leave();
  }

  // ---------------------------------------------------------------------------------------------
  // Primary expressions: expr_simple.

  private void primary() {
    int begin = start();
    switch (peek()) {
      case ID -> {
        tree.leaf(SyntaxKind.VAR, begin, tokens.end(p), symbolOfToken(p));
        bump();
      }
      case INT -> {
        Long value = NumberLiterals.parseInt(text, begin, tokens.end(p));
        if (value == null) {
          error(DiagnosticKind.INVALID_INTEGER, begin, tokens.end(p), "invalid integer '" + tokenText(p) + "'");
        }
        tree.leaf(SyntaxKind.INT, begin, tokens.end(p), tree.intLiteral(value == null ? 0 : value));
        bump();
      }
      case FLOAT -> {
        Double value = NumberLiterals.parseFloat(text, begin, tokens.end(p));
        if (value == null) {
          error(DiagnosticKind.INVALID_FLOAT, begin, tokens.end(p), "invalid float '" + tokenText(p) + "'");
        }
        tree.leaf(SyntaxKind.FLOAT, begin, tokens.end(p), tree.floatLiteral(value == null ? 0 : value));
        bump();
      }
      case STR_OPEN -> string();
      case IND_OPEN -> indString();
      case PATH, HPATH -> path();
      case SPATH -> {
        int end = tokens.end(p);
        tree.leaf(SyntaxKind.SEARCH_PATH, begin, end, tree.string(new String(text, begin + 1, end - begin - 2)));
        bump();
      }
      case URI -> {
        tree.leaf(SyntaxKind.URI, begin, tokens.end(p), tree.string(tokenText(p)));
        bump();
      }
      case LPAREN -> {
        int m = tree.mark();
        bump();
        body("'('");
        if (!expect(TokenKind.RPAREN, "')' to close the '(' at " + position(begin))) {
          skipTo(TokenKind.RPAREN);
        }
        tree.node(SyntaxKind.PAREN, begin, lastEnd(), 0, m);
      }
      case LET -> {
        int m = tree.mark();
        bump();
        int open = start();
        if (!at(TokenKind.LBRACE)) {
          error("expected '{' after 'let': a 'let ... in' expression must be in parentheses here, found "
              + describe(p));
          recover(false);
          tree.node(SyntaxKind.LEGACY_LET, begin, lastEnd(), open, m);
          return;
        }
        bump();
        bindings(false);
        closeBrace(open);
        tree.node(SyntaxKind.LEGACY_LET, begin, lastEnd(), open + 1, m);
      }
      case REC -> {
        int m = tree.mark();
        bump();
        int open = start();
        if (expect(TokenKind.LBRACE, "'{' after 'rec'")) {
          bindings(false);
          closeBrace(open);
        }
        tree.node(SyntaxKind.REC_ATTRSET, begin, lastEnd(), open + 1, m);
      }
      case LBRACE -> {
        int m = tree.mark();
        bump();
        bindings(false);
        closeBrace(begin);
        tree.node(SyntaxKind.ATTRSET, begin, lastEnd(), begin + 1, m);
      }
      case LBRACKET -> list();
      default -> {
        error("expected an expression, found " + describe(p));
        missing();
      }
    }
  }

  private void closeBrace(int open) {
    if (!expect(TokenKind.RBRACE, "'}' to close the '{' at " + position(open))) {
      skipTo(TokenKind.RBRACE);
    }
  }

  private void list() {
    int begin = start();
    int m = tree.mark();
    bump();
    while (startsSelect(peek(), peek(1))) {
      select();
    }
    if (!at(TokenKind.RBRACKET)) {
      if (at(TokenKind.EOF)) {
        error("expected ']' to close the '[' at " + position(begin) + ", found end of file");
      } else {
        error("expected a list element or ']', found " + describe(p)
            + (startsOperand(peek()) || startsExpr(peek()) ? " (put operator expressions in parentheses)" : ""));
        skipTo(TokenKind.RBRACKET);
      }
    } else {
      bump();
    }
    tree.node(SyntaxKind.LIST, begin, lastEnd(), 0, m);
  }
}
