package dev.six.s6.compile;

/**
 * A oneshot script that s6-rc-compile would reject while tokenising it. It exists so that the
 * compiler can reproduce s6-rc-compile's one-line message exactly ({@link #suffix()}) and still give
 * our own users a position and a reason ({@link #line()}, {@link #column()}, {@link #getMessage()}).
 */
public final class ExeclineSyntaxError extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * The three syntax errors s6-rc-compile tells apart. Everything that is neither an unmatched
   * opening nor an unmatched closing brace shares one message, without a reason.
   */
  public enum Kind {
    UNMATCHED_OPEN_BRACE(": unmatched {"),
    UNMATCHED_CLOSE_BRACE(": unmatched }"),
    OTHER("");

    private final String suffix;

    Kind(String suffix) {
      this.suffix = suffix;
    }
  }

  private final Kind kind;
  private final int line;
  private final int column;

  ExeclineSyntaxError(Kind kind, int line, int column, String reason) {
    super("line " + line + ", column " + column + ": " + reason);
    this.kind = kind;
    this.line = line;
    this.column = column;
  }

  public Kind kind() {
    return kind;
  }

  /** 1-based line of the offending character. */
  public int line() {
    return line;
  }

  /** 1-based byte column of the offending character within its line. */
  public int column() {
    return column;
  }

  /**
   * What s6-rc-compile 0.5.4.1 prints after {@code syntax error in SRC/NAME/up} (or {@code down}):
   * {@code ": unmatched {"}, {@code ": unmatched }"} or nothing.
   */
  public String suffix() {
    return kind.suffix;
  }
}
