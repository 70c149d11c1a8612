package dev.six.cli;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.syntax.LineMap;

/**
 * Renders a diagnostic in the shape Nix 2.8 gives its errors: the message, the position as
 * {@code at FILE:LINE:COL:}, and the surrounding source lines with a caret under the column.
 */
final class NixErrorFormatter {
  private static final String INDENT = "       ";

  private NixErrorFormatter() {}

  /**
   * @param origin how the source is named ({@code «stdin»}, {@code «string»} or the absolute path)
   * @param trailingEmptyLine whether the source is read like standard input, where Nix also shows
   *     the empty line after a final newline and a last line without one (for a file it shows
   *     neither)
   */
  static String format(Diagnostic diagnostic, String origin, char[] text, int length, boolean trailingEmptyLine) {
    StringBuilder out = new StringBuilder();
    out.append("error: ").append(diagnostic.message()).append('\n');
    position(out, origin, text, length, diagnostic.start(), trailingEmptyLine);
    return out.toString();
  }

  /** The "at FILE:LINE:COL:" block with the source excerpt, after a blank line. */
  static void position(StringBuilder out, String origin, char[] text, int length, int at, boolean trailingEmptyLine) {
    LineMap lines = LineMap.of(text, length);
    int offset = Math.min(at, length);
    int line = lines.line(offset);
    int column = lines.column(offset);
    out.append('\n');
    out.append(INDENT).append("at ").append(origin).append(':').append(line).append(':').append(column).append(":\n");
    String[] source = splitLines(text, length, trailingEmptyLine);
    if (line - 1 < source.length) {
      out.append('\n');
      if (line >= 2) {
        codeLine(out, line - 1, source[line - 2]);
      }
      codeLine(out, line, source[line - 1]);
      out.append(INDENT).append("      |").append(" ".repeat(column)).append("^\n");
      if (line < source.length) {
        codeLine(out, line + 1, source[line]);
      }
    }
  }

  private static void codeLine(StringBuilder out, int number, String code) {
    String line = INDENT + String.format(" %5d| ", number) + code;
    out.append(line.stripTrailing()).append('\n');
  }

  /** Lines split at '\n' only, as Nix reads them for error context. */
  private static String[] splitLines(char[] text, int length, boolean trailingEmptyLine) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i < length; i++) {
      if (text[i] == '\n') {
        lines.add(new String(text, start, i - start));
        start = i + 1;
      }
    }
    // A stream reads the rest as a last line (empty after a final newline); a file read line by
    // line, as Nix reads it, has no last line without its newline.
    if (trailingEmptyLine) {
      lines.add(new String(text, start, length - start));
    }
    return lines.toArray(new String[0]);
  }
}
