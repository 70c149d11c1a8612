package dev.six.grammar.syntax;

import java.util.Arrays;

/**
 * Converts character offsets to the 1-based line and column Nix reports. Like Nix's lexer, it counts
 * {@code \n}, {@code \r\n} and a lone {@code \r} each as one line break, and columns in characters.
 */
public final class LineMap {
  private final int[] lineStarts;
  private final int lineCount;

  private LineMap(int[] lineStarts, int lineCount) {
    this.lineStarts = lineStarts;
    this.lineCount = lineCount;
  }

  public static LineMap of(char[] text, int length) {
    int[] starts = new int[Math.max(16, length / 32)];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < length; i++) {
      char c = text[i];
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < length && text[i + 1] == '\n') {
          i++;
        }
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return new LineMap(Arrays.copyOf(starts, n), n);
  }

  public static LineMap of(CharSequence text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = text.charAt(i);
    }
    return of(chars, chars.length);
  }

  /** 1-based line of {@code offset}. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** 1-based column of {@code offset}. */
  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  /** Offset of the first character of 1-based {@code line}. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  public int lineCount() {
    return lineCount;
  }

  long retainedBytes() {
    return 16 + 4L * lineStarts.length;
  }
}
