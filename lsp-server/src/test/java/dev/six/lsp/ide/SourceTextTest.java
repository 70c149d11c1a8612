package dev.six.lsp.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The border between the grammar's byte offsets and LSP's UTF-16 positions. */
class SourceTextTest {

  @Test
  void columnsCountUtf16Units() {
    // bytes: a(1) é(2) 中(3) 😀(4) b(1); UTF-16 units: 1 1 1 2 1.
    SourceText text = SourceText.of("aé中😀b");
    int[] byteOffsets = {0, 1, 3, 6, 10, 11};
    int[] columns = {0, 1, 2, 3, 5, 6};
    for (int i = 0; i < byteOffsets.length; i++) {
      assertEquals(0, text.line(byteOffsets[i]));
      assertEquals(columns[i], text.character(byteOffsets[i]), "byte offset " + byteOffsets[i]);
    }
    assertEquals("中😀", text.slice(3, 10));
  }

  @Test
  void linesBreakAtEveryKindOfNewline() {
    SourceText text = SourceText.of("a\nb\r\nc\rd");
    assertEquals(0, text.line(0));
    assertEquals(1, text.line(2));
    assertEquals(2, text.line(5));
    assertEquals(3, text.line(7));
    assertEquals(0, text.character(7));
  }

  @Test
  void positionsGoBackToByteOffsets() {
    SourceText text = SourceText.of("aé中😀b\nx\r\ny");
    int[] columns = {0, 1, 2, 3, 5, 6};
    int[] byteOffsets = {0, 1, 3, 6, 10, 11};
    for (int i = 0; i < columns.length; i++) {
      assertEquals(byteOffsets[i], text.offset(0, columns[i]), "column " + columns[i]);
    }
    assertEquals(11, text.offset(0, 99), "past the end of a line is its end");
    assertEquals(12, text.offset(1, 0));
    assertEquals(13, text.offset(1, 5), "a CR LF line ends before the CR");
    assertEquals(15, text.offset(2, 0));
    assertEquals(16, text.offset(7, 0), "past the last line is the end of the text");
  }

  @Test
  void messagesComeBackAsUnicode() {
    String bytewise = new String("x 'é'".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertEquals("x 'é'", SourceText.fromBytewise(bytewise));
    assertEquals("a ␀ b", SourceText.fromBytewise("a ␀ b"));
  }
}
