package dev.six.lsp.eval;

/**
 * The codes of the problems that are not evaluation errors (those carry their {@code ErrorKind}'s
 * code). Permanent, like every diagnostic code: tools match on them.
 */
public final class ProblemCodes {
  /** s6-rc-compile would refuse the host's services. */
  public static final String S6_COMPILE_ERROR = "S601";
  /** s6-rc-compile would warn about the host's services, and build them. */
  public static final String S6_COMPILE_WARNING = "S602";
  /** The host's description is not one the s6 emitter can read (a mistyped key, an impossible name). */
  public static final String S6_INVALID_DESCRIPTION = "S603";

  /** six itself failed while evaluating a root (a bug: the server's log has the details). */
  public static final String INTERNAL_ERROR = "X001";

  private ProblemCodes() {}
}
