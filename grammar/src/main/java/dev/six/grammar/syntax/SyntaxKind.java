package dev.six.grammar.syntax;

/**
 * The kinds of node in a {@link SyntaxTree}. The tree is syntactic: it keeps what the user wrote
 * (parentheses, attribute paths, inherits, string parts as written) so that editors can point into
 * it; desugaring into Nix's own expression shapes happens later.
 *
 * <p>The comment on each kind lists its children in order; {@code data} is the node's int payload.
 */
public enum SyntaxKind {
  /** A name. data: symbol. */
  VAR,
  /** data: index into the tree's int literals. */
  INT,
  /** data: index into the tree's float literals. */
  FLOAT,
  /** children: STR_TEXT | INTERP parts. */
  STRING,
  /** children: IND_TEXT | IND_ESCAPE | INTERP parts. */
  IND_STRING,
  /** children: PATH_HEAD, then PATH_TEXT | INTERP parts. */
  PATH,
  /** {@code <nixpkgs/lib>}. data: string (the text between the angle brackets). */
  SEARCH_PATH,
  /** data: string (the URI). */
  URI,
  /** children: expr. */
  PAREN,
  /** children: elements. */
  LIST,
  /** children: bindings. data: offset just past the opening brace. */
  ATTRSET,
  /** {@code rec { ... }}. children: bindings. data: offset just past the opening brace. */
  REC_ATTRSET,
  /** {@code let { ... }}. children: bindings. data: offset just past the opening brace. */
  LEGACY_LET,
  /** children: bindings..., body (the last child). data: offset just past {@code let}. */
  LET,
  /** children: [FORMALS], body. data: symbol of the {@code @} or plain argument, or -1. */
  LAMBDA,
  /** children: FORMAL.... data: 1 when {@code ...} is present. */
  FORMALS,
  /** children: [default]. data: symbol. */
  FORMAL,
  /** children: scope, body. */
  WITH,
  /** children: condition, body. */
  ASSERT,
  /** children: condition, then, else. */
  IF,
  /** children: left, right. data: {@link BinaryOp} ordinal. */
  BINARY,
  /** children: operand. */
  NOT,
  /** children: operand. */
  NEGATE,
  /** children: expr, ATTRPATH. */
  HAS_ATTR,
  /** children: function, argument. */
  APPLY,
  /** children: expr, ATTRPATH, [default]. */
  SELECT,
  /** {@code f or}: Nix's backwards-compatible call of {@code f} with the variable {@code or}. children: function. */
  OR_CALL,

  /** children: ATTRPATH, value. */
  BIND,
  /**
   * children: [from expression], names (ATTR_*; any other first child is the {@code (from)}
   * expression). data: offset just past {@code inherit} or its {@code )}, where Nix places the names.
   */
  INHERIT,
  /** children: ATTR_ID | ATTR_STRING | ATTR_DYNAMIC.... */
  ATTRPATH,
  /** data: symbol. */
  ATTR_ID,
  /** children: STRING. */
  ATTR_STRING,
  /** {@code ${e}}. children: expr. */
  ATTR_DYNAMIC,

  /** Literal text of a string or path continuation, unescaped. data: string. */
  STR_TEXT,
  /** Literal text of an indented string, as written (indentation not yet stripped). data: string. */
  IND_TEXT,
  /** An escape in an indented string, unescaped. data: string. */
  IND_ESCAPE,
  /** The first token of a path, as written. data: string. */
  PATH_HEAD,
  /** {@code ${e}} inside a string or path. children: expr. */
  INTERP,

  /** Something missing or unparsable; a syntax error was reported for it. */
  ERROR
}
