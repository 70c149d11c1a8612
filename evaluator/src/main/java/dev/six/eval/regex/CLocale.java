package dev.six.eval.regex;

/**
 * The "C" locale as std::regex sees it in Nix (which never installs a global C++ locale): ASCII
 * character classes, no class for bytes 128-255, ASCII-only case folding, and the POSIX names of
 * the 128 ASCII characters for {@code [.name.]} and {@code [=name=]}.
 */
final class CLocale {
  private CLocale() {}

  /** The collating names libstdc++ knows: index = character code. */
  private static final String[] COLLATING_NAMES = {
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "alert", "backspace", "tab", "newline", "vertical-tab",
    "form-feed", "carriage-return", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM",
    "SUB", "ESC", "IS4", "IS3", "IS2", "IS1", "space", "exclamation-mark", "quotation-mark", "number-sign",
    "dollar-sign", "percent-sign", "ampersand", "apostrophe", "left-parenthesis", "right-parenthesis", "asterisk",
    "plus-sign", "comma", "hyphen", "period", "slash", "zero", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "colon", "semicolon", "less-than-sign", "equals-sign", "greater-than-sign",
    "question-mark", "commercial-at", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O",
    "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "left-square-bracket", "backslash",
    "right-square-bracket", "circumflex", "underscore", "grave-accent", "a", "b", "c", "d", "e", "f", "g", "h",
    "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
    "left-curly-bracket", "vertical-line", "right-curly-bracket", "tilde", "DEL"
  };

  /** The character a collating name stands for, or -1 for an unknown name. */
  static int collatingElement(String name) {
    for (int c = 0; c < COLLATING_NAMES.length; c++) {
      if (COLLATING_NAMES[c].equals(name)) {
        return c;
      }
    }
    return -1;
  }

  static int toLower(int c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  }

  /**
   * Adds the members of character class {@code name} (matched case-insensitively, including
   * libstdc++'s extra names {@code d}, {@code w} and {@code s}); false for an unknown name.
   */
  static boolean addClass(String name, ByteSet set) {
    StringBuilder lower = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      lower.append((char) toLower(name.charAt(i)));
    }
    String n = lower.toString();
    if (!isClassName(n)) {
      return false;
    }
    for (int c = 0; c < 128; c++) {
      if (inClass(n, c)) {
        set.add(c);
      }
    }
    return true;
  }

  private static boolean isClassName(String n) {
    switch (n) {
      case "d": case "w": case "s": case "alnum": case "alpha": case "blank": case "cntrl": case "digit":
      case "graph": case "lower": case "print": case "punct": case "space": case "upper": case "xdigit":
        return true;
      default:
        return false;
    }
  }

  private static boolean inClass(String n, int c) {
    boolean upper = c >= 'A' && c <= 'Z';
    boolean lower = c >= 'a' && c <= 'z';
    boolean digit = c >= '0' && c <= '9';
    boolean alpha = upper || lower;
    boolean space = c == ' ' || (c >= '\t' && c <= '\r');
    boolean graph = c > ' ' && c < 127;
    switch (n) {
      case "d": case "digit":
        return digit;
      case "w":
        return alpha || digit || c == '_';
      case "s": case "space":
        return space;
      case "alnum":
        return alpha || digit;
      case "alpha":
        return alpha;
      case "blank":
        return c == ' ' || c == '\t';
      case "cntrl":
        return c < ' ' || c == 127;
      case "graph":
        return graph;
      case "lower":
        return lower;
      case "print":
        return graph || c == ' ';
      case "punct":
        return graph && !alpha && !digit;
      case "upper":
        return upper;
      default:
        return digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
  }
}
