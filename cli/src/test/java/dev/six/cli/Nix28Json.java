package dev.six.cli;

import dev.six.grammar.desugar.FloatFormat;

/**
 * Rewrites what current nix-instantiate prints for {@code --json} into what Nix 2.8 prints for
 * the same value, for the spellings that changed (docs/nix-2.8-divergences.md): floats (shortest
 * round-trip digits now, six significant digits in 2.8), the escapes {@code \b} and {@code \f}
 * (2.8 writes {@code \u0008} and {@code \u000c}) and the line break after the value (2.8 has
 * none).
 */
final class Nix28Json {
  private Nix28Json() {}

  static String of(String printed) {
    String json = printed.endsWith("\n") ? printed.substring(0, printed.length() - 1) : printed;
    StringBuilder out = new StringBuilder(json.length());
    int i = 0;
    while (i < json.length()) {
      char c = json.charAt(i);
      if (c == '"') {
        i = string(json, i, out);
      } else if (c == '-' || c >= '0' && c <= '9') {
        i = number(json, i, out);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int string(String json, int start, StringBuilder out) {
    out.append('"');
    int i = start + 1;
    while (i < json.length() && json.charAt(i) != '"') {
      char c = json.charAt(i);
      if (c == '\\' && i + 1 < json.length()) {
        char e = json.charAt(i + 1);
        out.append(e == 'b' ? "\\u0008" : e == 'f' ? "\\u000c" : "\\" + e);
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    out.append('"');
    return i + 1;
  }

  private static int number(String json, int start, StringBuilder out) {
    int i = start + 1;
    boolean isFloat = false;
    while (i < json.length() && "0123456789.eE+-".indexOf(json.charAt(i)) >= 0) {
      isFloat |= "0123456789-".indexOf(json.charAt(i)) < 0;
      i++;
    }
    String token = json.substring(start, i);
    out.append(isFloat ? FloatFormat.format(Double.parseDouble(token)) : token);
    return i;
  }
}
