package dev.six.eval.error;

/**
 * What went wrong in an evaluation, each with a permanent code ({@code E001}...) that tools can
 * match on. Codes are never renumbered; retired ones stay reserved.
 */
public enum ErrorKind {
  TYPE_ERROR("E001"),
  UNDEFINED_VARIABLE("E002"),
  MISSING_ATTRIBUTE("E003"),
  INFINITE_RECURSION("E004"),
  ABORT("E005"),
  STACK_OVERFLOW("E006"),
  DIVISION_BY_ZERO("E007"),
  INTEGER_OVERFLOW("E008"),
  BAD_CALL("E009"),
  IO_ERROR("E010"),
  NOT_AVAILABLE("E011"),
  PARSE_ERROR("E012"),
  INVALID_VALUE("E013"),
  ASSERTION_FAILED("E014"),
  THROWN("E015"),
  RESTRICTED("E016"),
  DUPLICATE_ATTRIBUTE("E017"),
  OUT_OF_MEMORY("E018"),
  /** The evaluation was cancelled, or ran past its time limit (six only: a language server's evaluations). */
  INTERRUPTED("E019");

  private final String code;

  ErrorKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Whether {@code builtins.tryEval} catches it: only {@code throw} and failed assertions. */
  public boolean catchable() {
    return this == THROWN || this == ASSERTION_FAILED;
  }
}
