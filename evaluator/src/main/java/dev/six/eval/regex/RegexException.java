package dev.six.eval.regex;

/**
 * A pattern std::regex rejects. Nix reports the two kinds with different messages: a syntax error
 * is an "invalid regular expression", a pattern whose automaton exceeds libstdc++'s state limit
 * "exceeds the memory limit".
 */
public final class RegexException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Which of Nix's two messages applies. */
  public enum Kind {
    INVALID,
    TOO_LARGE
  }

  private final Kind kind;

  RegexException(Kind kind, String detail) {
    super(detail, null, false, false);
    this.kind = kind;
  }

  static RegexException invalid(String detail) {
    return new RegexException(Kind.INVALID, detail);
  }

  public Kind kind() {
    return kind;
  }
}
