package dev.six.lsp.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.six.lsp.ide.DocumentAnalysis;
import dev.six.lsp.ide.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The infusion shapes read from the text: literals around a position, key paths, leaves. */
class InfusionSyntaxTest {
  private static final String TEXT = "[ { targets.dropbear.__input = { port.__default = 22; x.__assign = false; }; } ]";

  private static InfusionSyntax syntax() {
    return new InfusionSyntax(DocumentAnalysis.parseOnly(SourceText.of(TEXT)));
  }

  @Test
  void literalsAroundAPositionInnermostFirst() {
    assertEquals(List.of(TEXT.indexOf("{ port"), TEXT.indexOf("{ targets")), syntax().literalsAround(TEXT.indexOf("port")));
  }

  @Test
  void theKeyPathToTheNameUnderTheCursor() {
    InfusionSyntax s = syntax();
    int outer = s.literalAt(TEXT.indexOf("{ targets"));
    assertEquals(List.of("targets", "dropbear", "__input", "port"), s.pathTo(outer, TEXT.indexOf("port") + 1).keys());
    assertEquals(List.of("targets", "dropbear"), s.pathTo(outer, TEXT.indexOf("dropbear")).keys());
  }

  @Test
  void leavesOfALiteral() {
    InfusionSyntax s = syntax();
    assertEquals(List.of(List.of("targets", "dropbear", "__input", "port", "__default"),
        List.of("targets", "dropbear", "__input", "x", "__assign")), s.leaves(s.literalAt(TEXT.indexOf("{ targets"))));
  }
}
