package dev.six.eval.print;

/**
 * Writes a Nix string (one char per byte) as a JSON string literal the way current Nix's JSON
 * library does: {@code " \ \b \f \n \r \t} get their short escapes, the other control characters
 * &#92;u00XX, everything else (DEL, multi-byte UTF-8) stays as it is. The bytes must be valid
 * UTF-8; the library refuses anything else, and this class reports the refusal in the library's
 * words.
 */
final class JsonStrings {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();

  private JsonStrings() {}

  /**
   * Appends {@code s} quoted and escaped; returns null, or the library's message when {@code s}
   * is not valid UTF-8 (the output is then incomplete).
   */
  static String append(StringBuilder out, String s) {
    out.append('"');
    int need = 0;
    int lo = 0x80;
    int hi = 0xBF;
    for (int i = 0; i < s.length(); i++) {
      int b = s.charAt(i) & 0xFF;
      if (need > 0) {
        if (b < lo || b > hi) {
          return invalidByte(i, b);
        }
        out.append((char) b);
        need--;
        lo = 0x80;
        hi = 0xBF;
        continue;
      }
      if (b < 0x80) {
        escape(out, b);
        continue;
      }
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        lo = b == 0xE0 ? 0xA0 : 0x80; // no overlong forms
        hi = b == 0xED ? 0x9F : 0xBF; // no surrogates
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        lo = b == 0xF0 ? 0x90 : 0x80; // no overlong forms
        hi = b == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
      } else {
        return invalidByte(i, b);
      }
      out.append((char) b);
    }
    if (need > 0) {
      return "incomplete UTF-8 string; last byte: 0x" + hexByte(s.charAt(s.length() - 1) & 0xFF);
    }
    out.append('"');
    return null;
  }

  private static void escape(StringBuilder out, int c) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> {
        if (c < 0x20) {
          out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        } else {
          out.append((char) c);
        }
      }
    }
  }

  private static String invalidByte(int index, int b) {
    return "invalid UTF-8 byte at index " + index + ": 0x" + hexByte(b);
  }

  private static String hexByte(int b) {
    return new String(new char[] {HEX_UPPER[b >> 4], HEX_UPPER[b & 0xF]});
  }
}
