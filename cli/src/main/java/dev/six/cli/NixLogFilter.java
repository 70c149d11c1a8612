package dev.six.cli;

/**
 * What Nix's logger does to every message it writes to standard error: escape sequences are
 * dropped (on a terminal, colour sequences are kept), tabs become spaces up to the next multiple
 * of eight columns counted from the start of the message, and carriage returns and bells are
 * dropped. nixpkgs colours its module-system errors; Nix shows them plain when not on a terminal,
 * and so does six. Strings hold one char per byte; a UTF-8 character is one column.
 */
final class NixLogFilter {
  private static final char ESC = 0x1b;

  private NixLogFilter() {}

  static String filter(String s, boolean keepColours) {
    StringBuilder out = new StringBuilder(s.length());
    int column = 0;
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == ESC) {
        int start = i++;
        char last = 0;
        if (i < n && s.charAt(i) == '[') {
          i++;
          while (i < n && s.charAt(i) >= 0x30 && s.charAt(i) <= 0x3f) {
            i++;
          }
          while (i < n && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x2f) {
            i++;
          }
          if (i < n && s.charAt(i) >= 0x40 && s.charAt(i) <= 0x7e) {
            last = s.charAt(i++);
          }
        } else if (i < n && s.charAt(i) >= 0x40 && s.charAt(i) <= 0x5f) {
          i++;
        }
        if (keepColours && last == 'm') {
          out.append(s, start, i);
        }
      } else if (c == '\t') {
        i++;
        out.append(' ');
        column++;
        while (column % 8 != 0) {
          out.append(' ');
          column++;
        }
      } else if (c == '\r' || c == 0x07) {
        i++;
      } else {
        column++;
        i = copyCharacter(s, i, out);
      }
    }
    return out.toString();
  }

  /** Copies the UTF-8 character at {@code i} (its lead byte and the continuation bytes it announces). */
  private static int copyCharacter(String s, int i, StringBuilder out) {
    char c = s.charAt(i);
    int continuations = (c & 0xe0) == 0xc0 ? 1 : (c & 0xf0) == 0xe0 ? 2 : (c & 0xf8) == 0xf0 ? 3 : 0;
    out.append(c);
    i++;
    for (int k = 0; k < continuations && i < s.length() && (s.charAt(i) & 0xc0) == 0x80; k++) {
      out.append(s.charAt(i++));
    }
    return i;
  }
}
