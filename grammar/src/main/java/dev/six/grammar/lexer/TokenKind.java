package dev.six.grammar.lexer;

/**
 * Every token the Nix lexer produces, named after Nix's own lexer (src/libexpr/lexer.l) where it has
 * a name; the Xtext token type of each kind is found by {@link #xtextName()}.
 */
public enum TokenKind {
  ID("RULE_ID"),
  INT("RULE_INT"),
  FLOAT("RULE_FLOAT"),

  IF("'if'"),
  THEN("'then'"),
  ELSE("'else'"),
  ASSERT("'assert'"),
  WITH("'with'"),
  LET("'let'"),
  IN("'in'"),
  REC("'rec'"),
  INHERIT("'inherit'"),
  OR_KW("'or'"),

  ELLIPSIS("'...'"),
  EQ("'=='"),
  NEQ("'!='"),
  LEQ("'<='"),
  GEQ("'>='"),
  AND("'&&'"),
  OR("'||'"),
  IMPL("'->'"),
  UPDATE("'//'"),
  CONCAT("'++'"),
  PIPE_INTO("'|>'"),
  PIPE_FROM("'<|'"),

  DOLLAR_CURLY("'${'"),
  LBRACE("'{'"),
  RBRACE("'}'"),
  LPAREN("'('"),
  RPAREN("')'"),
  LBRACKET("'['"),
  RBRACKET("']'"),
  SEMI("';'"),
  COLON("':'"),
  COMMA("','"),
  DOT("'.'"),
  AT("'@'"),
  QUESTION("'?'"),
  ASSIGN("'='"),
  LT("'<'"),
  GT("'>'"),
  PLUS("'+'"),
  MINUS("'-'"),
  STAR("'*'"),
  SLASH("'/'"),
  BANG("'!'"),

  /** The opening {@code "} of a string. */
  STR_OPEN("RULE_STR_OPEN"),
  /** The closing {@code "} of a string. */
  STR_CLOSE("RULE_STR_CLOSE"),
  /** Literal text of a {@code "} string, still escaped. */
  STR_TEXT("RULE_STR_TEXT"),
  /** {@code ''} and the blank first line Nix swallows with it. */
  IND_OPEN("RULE_IND_OPEN"),
  IND_CLOSE("RULE_IND_CLOSE"),
  /** Literal text of an indented string: the only part that indentation stripping looks into. */
  IND_TEXT("RULE_IND_TEXT"),
  /** {@code ''$}, {@code '''}, {@code ''\x}, and a lone {@code $} or {@code '}: text that ends indentation. */
  IND_ESCAPE("RULE_IND_ESCAPE"),
  /** The first segment of a path: relative or absolute. */
  PATH("RULE_PATH"),
  /** The first segment of a home path ({@code ~/...}). */
  HPATH("RULE_HPATH"),
  /** A literal continuation of a path after an interpolation or a trailing slash. */
  PATH_TEXT("RULE_PATH_TEXT"),
  /** {@code ${} inside a path. */
  PATH_INTERP("RULE_PATH_INTERP"),
  /** {@code <nixpkgs/lib>}. */
  SPATH("RULE_SPATH"),
  URI("RULE_URI"),

  WS("RULE_WS"),
  LINE_COMMENT("RULE_SL_COMMENT"),
  BLOCK_COMMENT("RULE_ML_COMMENT"),
  /** A character Nix's grammar has no use for; the parser reports it. */
  INVALID(null),
  EOF(null);

  private final String xtextName;

  TokenKind(String xtextName) {
    this.xtextName = xtextName;
  }

  /** The token's name in Xtext's generated {@code .tokens} file, or null for INVALID and EOF. */
  public String xtextName() {
    return xtextName;
  }

  /** Whitespace and comments: tokens the parser never sees. */
  public boolean isTrivia() {
    return this == WS || this == LINE_COMMENT || this == BLOCK_COMMENT;
  }
}
