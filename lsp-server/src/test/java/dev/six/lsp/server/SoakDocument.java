package dev.six.lsp.server;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * One workspace file as the soak test's editor holds it: its text on disk when the test began,
 * the text the editor has now, the version it last sent, and whether it is open. Positions are
 * the protocol's (lines split at {@code \n}, columns in UTF-16 units, which a Java string's
 * indices already are).
 */
final class SoakDocument {
  final Path path;
  final String uri;
  final String original;
  String text;
  int version;
  boolean open;
  /** The version whose published diagnostics a checkpoint has seen (each is published once). */
  int diagnosedVersion = -1;
  /** Those diagnostics, which the editor shows until the next ones (and sends back with code actions). */
  List<Diagnostic> shown = List.of();

  SoakDocument(Path path, String original) {
    this.path = path;
    this.uri = path.toUri().toString();
    this.original = original;
    this.text = original;
  }

  Position position(int offset) {
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, offset - lineStart);
  }

  Range range(int start, int end) {
    return new Range(position(start), position(end));
  }

  /** The offset of {@code position}, or -1 when it lies outside the text (a column past the line's end clamps). */
  int offset(Position position) {
    int line = 0;
    int at = 0;
    while (line < position.getLine()) {
      int next = text.indexOf('\n', at);
      if (next < 0) {
        return -1;
      }
      at = next + 1;
      line++;
    }
    int lineEnd = text.indexOf('\n', at);
    int length = (lineEnd < 0 ? text.length() : lineEnd) - at;
    if (position.getCharacter() < 0) {
      return -1;
    }
    return at + Math.min(position.getCharacter(), length);
  }

  /** Whether {@code range} lies inside the text, start before end, columns within their lines. */
  boolean contains(Range range) {
    return within(range.getStart()) && within(range.getEnd()) && offset(range.getStart()) <= offset(range.getEnd());
  }

  private boolean within(Position position) {
    int offset = offset(position);
    if (offset < 0) {
      return false;
    }
    int lineEnd = text.indexOf('\n', offset);
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return position.getCharacter() <= (lineEnd < 0 ? text.length() : lineEnd) - lineStart;
  }

  /** The lines of the text (the last one may be empty). */
  int lineCount() {
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  /** Moves {@code offset} off the low half of a surrogate pair: an editor never splits one. */
  int snap(int offset) {
    if (offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
        && Character.isHighSurrogate(text.charAt(offset - 1))) {
      return offset - 1;
    }
    return offset;
  }

  @Override
  public String toString() {
    return uri + " v" + version + (open ? " open" : " closed");
  }
}
