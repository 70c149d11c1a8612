package dev.six.eval.nixstore;

/**
 * Removes the terminal colour codes Nix puts in its messages ({@code ESC [ ... m} and other CSI
 * sequences): Nix drops them itself when standard error is not a terminal, and six never colours.
 */
final class AnsiEscapes {
  private AnsiEscapes() {}

  static String strip(String s) {
    if (s.indexOf('\u001b') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u001b' && i + 1 < s.length() && s.charAt(i + 1) == '[') {
        int j = i + 2;
        while (j < s.length() && (s.charAt(j) < 0x40 || s.charAt(j) > 0x7e)) {
          j++;
        }
        i = j;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
