package dev.six.s6.compile;

/**
 * skalibs' string quoting, as s6-rc-compile writes names into generated execline scripts: C escapes
 * for BEL to CR, a backslash before {@code "} and {@code \}, {@code \0xHH} for other control and
 * non-ASCII bytes, everything else as is.
 */
final class SkalibsQuote {
  private static final String C_ESCAPES = "abtnvfr";

  private SkalibsQuote() {}

  /** {@code string_quote_nodelim}: the escaped text without the surrounding quotes. */
  static String nodelim(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 7 && c <= 13) {
        out.append('\\').append(C_ESCAPES.charAt(c - 7));
      } else if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 32 || c >= 127) {
        out.append("\\0x").append(Character.forDigit((c >> 4) & 0xF, 16)).append(Character.forDigit(c & 0xF, 16));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code string_quote}: the escaped text in double quotes. */
  static String quote(String s) {
    return "\"" + nodelim(s) + "\"";
  }
}
