package dev.six.lsp.server;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Applies one incremental change from {@code textDocument/didChange} to a document's text. LSP
 * positions count UTF-16 units, which is what a Java string indexes, so only lines need finding.
 */
final class TextEdits {
  private TextEdits() {}

  static String apply(String text, Range range, String replacement) {
    int start = offset(text, range.getStart());
    int end = Math.max(start, offset(text, range.getEnd()));
    return text.substring(0, start) + replacement + text.substring(end);
  }

  /**
   * The index of {@code position} in {@code text}; a character past the end of its line means the
   * end of that line, and a line past the end of the text means the end of the text, as the
   * protocol asks.
   */
  static int offset(String text, Position position) {
    int lineStart = 0;
    for (int line = 0; line < position.getLine(); line++) {
      int next = nextLineStart(text, lineStart);
      if (next < 0) {
        return text.length();
      }
      lineStart = next;
    }
    int lineEnd = lineStart;
    while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
      lineEnd++;
    }
    return Math.min(lineStart + position.getCharacter(), lineEnd);
  }

  /** The start of the line after the one starting at {@code from}; -1 on the last line. */
  private static int nextLineStart(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return i + 1;
      }
      if (c == '\r') {
        return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
      }
    }
    return -1;
  }
}
