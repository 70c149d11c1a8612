package dev.six.s6.compile;

/**
 * The two ways s6-rc-compile reads a number from a file: timeouts (all trailing newlines dropped,
 * the rest a 32-bit decimal) and the service directory's fd and count files (cut at the first
 * newline, the rest a 32-bit decimal); anything else in the file is an error.
 */
final class DecimalFiles {
  private static final long MAX = 0xFFFF_FFFFL;

  private DecimalFiles() {}

  /** A {@code timeout-*} file's value, or -1 when it is not one. At most 63 bytes are read. */
  static long timeout(String text) {
    String s = text.length() > 63 ? text.substring(0, 63) : text;
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '\n') {
      end--;
    }
    return decimal(s.substring(0, end));
  }

  /** A {@code notification-fd}-like file's value, or -1 when it is not one. At most 11 bytes are read. */
  static long unsigned(String text) {
    String s = text.length() > 11 ? text.substring(0, 11) : text;
    int newline = s.indexOf('\n');
    return decimal(newline < 0 ? s : s.substring(0, newline));
  }

  private static long decimal(String s) {
    int nul = s.indexOf('\0');
    if (nul >= 0) {
      s = s.substring(0, nul);
    }
    if (s.isEmpty()) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
      if (v > MAX) {
        return -1;
      }
    }
    return v;
  }
}
