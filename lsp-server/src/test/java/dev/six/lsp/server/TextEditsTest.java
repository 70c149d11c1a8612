package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/** Ranged changes as clients send them: across lines, at every kind of line break, and past the end. */
class TextEditsTest {

  @Test
  void replacesAcrossLinesWithAnyLineBreak() {
    String text = "let\r\n  a = 1;\r  b = 2;\nin a";
    assertEquals("let\r\n  a = 3;\nin a", TextEdits.apply(text, range(1, 6, 2, 8), "3;"));
  }

  @Test
  void positionsPastALineOrTheTextAreClamped() {
    String text = "ab\ncd";
    assertEquals(2, TextEdits.offset(text, new Position(0, 99)));
    assertEquals(5, TextEdits.offset(text, new Position(7, 0)));
    assertEquals("ab\ncdX", TextEdits.apply(text, range(1, 2, 1, 2), "X"));
  }

  @Test
  void columnsAreUtf16Units() {
    String text = "\"😀\" x";
    assertEquals("\"😀\" y", TextEdits.apply(text, range(0, 5, 0, 6), "y"));
  }

  private static Range range(int startLine, int startCharacter, int endLine, int endCharacter) {
    return new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter));
  }
}
