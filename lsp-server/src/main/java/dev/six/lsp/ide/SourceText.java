package dev.six.lsp.ide;

import dev.six.grammar.syntax.LineMap;
import java.nio.charset.StandardCharsets;

/**
 * An editor's document text in both of the forms the server needs: the grammar reads one char per
 * UTF-8 byte (as six reads files), while LSP positions count lines and UTF-16 code units. This class
 * exists so that every offset crossing that border is converted in one place.
 */
public final class SourceText {
  private final String text;
  private final byte[] utf8;
  private final char[] bytewise;
  private final LineMap lines;

  private SourceText(String text) {
    this.text = text;
    this.utf8 = text.getBytes(StandardCharsets.UTF_8);
    this.bytewise = new String(utf8, StandardCharsets.ISO_8859_1).toCharArray();
    // Line breaks are ASCII, so the grammar's line map over bytes has the editor's lines.
    this.lines = LineMap.of(bytewise, bytewise.length);
  }

  public static SourceText of(String text) {
    return new SourceText(text);
  }

  public String text() {
    return text;
  }

  /** The text as the grammar reads it: one char per UTF-8 byte. Do not modify. */
  public char[] bytewise() {
    return bytewise;
  }

  public int length() {
    return bytewise.length;
  }

  /** 0-based line of byte offset {@code offset}. */
  public int line(int offset) {
    return lines.line(clamp(offset)) - 1;
  }

  /**
   * 0-based UTF-16 column of byte offset {@code offset}: continuation bytes add nothing, and a
   * four-byte sequence (a character outside the BMP) adds the two units of its surrogate pair.
   */
  public int character(int offset) {
    int end = clamp(offset);
    int start = lines.lineStart(lines.line(end));
    int units = 0;
    for (int i = start; i < end; i++) {
      int b = utf8[i] & 0xff;
      if ((b & 0xc0) == 0x80) {
        continue;
      }
      units += b >= 0xf0 ? 2 : 1;
    }
    return units;
  }

  /**
   * The byte offset of an LSP position (0-based line, UTF-16 column): a line past the end is the end
   * of the text, a column past the end of its line is the end of that line.
   */
  public int offset(int line, int character) {
    if (line < 0) {
      return 0;
    }
    if (line >= lines.lineCount()) {
      return utf8.length;
    }
    int i = lines.lineStart(line + 1);
    int units = 0;
    while (i < utf8.length && utf8[i] != '\n' && utf8[i] != '\r' && units < character) {
      int b = utf8[i] & 0xff;
      int width = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      units += width == 4 ? 2 : 1;
      i = Math.min(utf8.length, i + width);
    }
    return i;
  }

  /** The source between two byte offsets, decoded back into a Java string. */
  public String slice(int start, int end) {
    int from = clamp(start);
    return new String(utf8, from, Math.max(from, clamp(end)) - from, StandardCharsets.UTF_8);
  }

  /**
   * A message built by the grammar, whose quoted source and file names are in the one-char-per-byte
   * form, as the editor's text. Messages with wider characters of their own are already Unicode.
   */
  public static String fromBytewise(String message) {
    for (int i = 0; i < message.length(); i++) {
      if (message.charAt(i) > 0xff) {
        return message;
      }
    }
    return new String(message.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  private int clamp(int offset) {
    return Math.max(0, Math.min(offset, utf8.length));
  }
}
