package dev.six.eval.formats;

/** What parsed strings must satisfy to become Nix strings. */
public final class NixStrings {
  /** U+2400 SYMBOL FOR NULL as UTF-8 bytes, one char per byte: how Nix shows a NUL in the message. */
  private static final String NULL_SYMBOL = "\u00e2\u0090\u0080";

  private NixStrings() {}

  /**
   * {@code s} itself, or an error when it contains a NUL byte, which current Nix refuses in strings
   * (its strings end at the first NUL).
   */
  public static String noNullBytes(String s) {
    if (s.indexOf('\0') >= 0) {
      throw new FormatException("input string '" + s.replace("\0", NULL_SYMBOL)
          + "' cannot be represented as Nix string because it contains null bytes");
    }
    return s;
  }
}
