package dev.six.lsp.server;

import dev.six.lsp.ide.SemanticToken;
import dev.six.lsp.ide.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes tokens as the protocol carries them: five integers each (line delta, start delta, length,
 * type, modifiers), positions in UTF-16 code units, and a token that spans lines split into one
 * token per line (line breaks excluded), for clients without multi-line token support. Tokens
 * arrive in document order and do not overlap, so one pass keeps the current line and column
 * instead of searching for them.
 */
final class TokenEncoder {
  private final SourceText source;
  private final char[] bytes;
  private final TokenLegend legend;
  private final List<Integer> data = new ArrayList<>();
  /** Where the last emitted token started (for the deltas). */
  private int lastLine;
  private int lastColumn;
  /** A known position: byte offset, its line and UTF-16 column; advanced forwards only. */
  private int knownOffset;
  private int knownLine;
  private int knownColumn;

  private TokenEncoder(SourceText source, TokenLegend legend) {
    this.source = source;
    this.bytes = source.bytewise();
    this.legend = legend;
  }

  static List<Integer> encode(List<SemanticToken> tokens, SourceText source, TokenLegend legend) {
    TokenEncoder encoder = new TokenEncoder(source, legend);
    for (SemanticToken token : tokens) {
      encoder.token(token);
    }
    return encoder.data;
  }

  private void token(SemanticToken token) {
    int start = token.span().start();
    int end = Math.min(token.span().end(), bytes.length);
    while (start < end) {
      int lineEnd = start;
      while (lineEnd < end && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') {
        lineEnd++;
      }
      if (lineEnd > start) {
        emit(start, lineEnd, token);
      }
      start = lineEnd;
      if (start < end && bytes[start] == '\r') {
        start++;
      }
      if (start < end && bytes[start] == '\n') {
        start++;
      }
    }
  }

  private void emit(int start, int end, SemanticToken token) {
    moveTo(start);
    int line = knownLine;
    int column = knownColumn;
    data.add(line - lastLine);
    data.add(line == lastLine ? column - lastColumn : column);
    data.add(units(start, end));
    data.add(legend.index(token.type()));
    data.add(token.modifierBits());
    lastLine = line;
    lastColumn = column;
  }

  /** Moves the known position to {@code offset}: counting forwards on one line, searching otherwise. */
  private void moveTo(int offset) {
    if (offset < knownOffset) {
      knownOffset = offset;
      knownLine = source.line(offset);
      knownColumn = source.character(offset);
      return;
    }
    int line = source.line(offset);
    if (line != knownLine) {
      knownLine = line;
      knownColumn = source.character(offset);
    } else {
      knownColumn += units(knownOffset, offset);
    }
    knownOffset = offset;
  }

  /**
   * UTF-16 code units of the bytes {@code [from, to)}: continuation bytes count nothing, the lead
   * byte of a four-byte sequence (outside the BMP) counts two.
   */
  private int units(int from, int to) {
    int units = 0;
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xff;
      if ((b & 0xc0) != 0x80) {
        units += b >= 0xf0 ? 2 : 1;
      }
    }
    return units;
  }
}
