package dev.six.grammar.diagnostic;

/**
 * The closed list of problems the parser and the static checks report. Each kind has a permanent
 * code (editors and quick fixes key on it, so codes are never renamed or reused) and a severity.
 */
public enum DiagnosticKind {
  // Syntax: the token stream does not fit the grammar.
  SYNTAX_ERROR("syntax_error"),
  INVALID_CHARACTER("invalid_character"),
  UNTERMINATED_STRING("unterminated_string"),
  UNTERMINATED_COMMENT("unterminated_comment"),
  // Lexical values Nix refuses.
  INVALID_INTEGER("invalid_integer"),
  INVALID_FLOAT("invalid_float"),
  PATH_TRAILING_SLASH("path_trailing_slash"),
  NUL_IN_STRING("nul_in_string"),
  // Structural checks Nix makes while building its AST.
  DYNAMIC_ATTR_IN_LET("dynamic_attr_in_let"),
  DYNAMIC_ATTR_IN_INHERIT("dynamic_attr_in_inherit"),
  DUPLICATE_ATTR("duplicate_attr"),
  DUPLICATE_FORMAL("duplicate_formal"),
  // Scope: Nix resolves names statically.
  UNDEFINED_VARIABLE("undefined_variable"),
  // sixos lints: what infuse and by-name discovery refuse, found before any evaluation.
  INFUSE_MIXED_KEYS("infuse_mixed_keys"),
  INFUSE_UNKNOWN_SUGAR("infuse_unknown_sugar", Severity.WARNING),
  INFUSE_SCALAR_LEAF("infuse_scalar_leaf"),
  INFUSE_INIT_EXISTING("infuse_init_existing"),
  INFUSE_OUTPUT_ONE_ARGUMENT("infuse_output_one_argument", Severity.WARNING),
  BY_NAME_WRONG_STEM("by_name_wrong_stem"),
  BY_NAME_NOT_A_FUNCTION("by_name_not_a_function"),
  // Names bound and never used (the editor's resolver finds them).
  UNUSED_BINDING("unused_binding", Severity.WARNING),
  UNUSED_FORMAL("unused_formal", Severity.HINT),
  UNUSED_ARGUMENT("unused_argument", Severity.HINT),
  UNUSED_WITH("unused_with", Severity.WARNING),
  UNUSED_REC("unused_rec", Severity.HINT);

  private final String code;
  private final Severity severity;

  DiagnosticKind(String code) {
    this(code, Severity.ERROR);
  }

  DiagnosticKind(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /** The permanent, machine-readable code. */
  public String code() {
    return code;
  }

  /**
   * How bad it is: an error for what Nix (or infuse, or discovery) would refuse; a warning where a
   * site could make it fine (infuse called with sugars of its own).
   */
  public Severity severity() {
    return severity;
  }
}
