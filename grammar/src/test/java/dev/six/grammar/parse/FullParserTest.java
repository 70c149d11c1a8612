package dev.six.grammar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.six.grammar.diagnostic.DiagnosticKind;
import dev.six.grammar.nix.AttrBinding;
import dev.six.grammar.nix.AttrSet;
import dev.six.grammar.nix.Lambda;
import dev.six.grammar.nix.Str;
import dev.six.grammar.nix.StrText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.junit.jupiter.api.Test;

/** The facade's own promises: the Xtext resource is kept, diagnostics are merged, threads are safe. */
class FullParserTest {
  private final FullParser parser = new FullParser();

  @Test
  void keepsTheResourceWithModelAndNodeModel() {
    FullParseResult result = parser.parseFull(URI.createURI("memory:/f.nix"), "x: { a = \"b\\n\"; }");
    Lambda lambda = assertInstanceOf(Lambda.class, result.root());
    AttrSet set = assertInstanceOf(AttrSet.class, lambda.getBody());
    Str string = (Str) ((AttrBinding) set.getBindings().get(0)).getValue();
    assertEquals("b\n", ((StrText) string.getParts().get(0)).getText());
    assertEquals("{ a = \"b\\n\"; }", NodeModelUtils.getNode(set).getText().trim());
    assertEquals("memory:/f.nix", result.resource().getURI().toString());
  }

  @Test
  void nothingParsedLeavesNoRoot() {
    FullParseResult result = parser.parseFull(URI.createURI("memory:/empty.nix"), "");
    assertNull(result.root());
    assertEquals(1, result.result().diagnostics().size());
  }

  @Test
  void reportsLexerAndLiteralDiagnosticsInSourceOrder() {
    ParseResult result = parser.parse("[ 99999999999999999999 ./a/ 1.0e-400 ]");
    List<DiagnosticKind> kinds = new ArrayList<>();
    result.diagnostics().forEach(d -> kinds.add(d.kind()));
    assertEquals(
        List.of(DiagnosticKind.INVALID_INTEGER, DiagnosticKind.PATH_TRAILING_SLASH, DiagnosticKind.INVALID_FLOAT),
        kinds);
  }

  @Test
  void parsesConcurrently() throws Exception {
    List<String> texts = new ArrayList<>();
    RandomNix generator = new RandomNix(11);
    for (int i = 0; i < 200; i++) {
      texts.add(generator.expression(5));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> differences = new ArrayList<>();
      for (String text : texts) {
        differences.add(pool.submit(
            () -> TreeDiff.firstDifference(IndexParser.parse(text).tree(), parser.parse(text).tree())));
      }
      for (Future<String> difference : differences) {
        assertNull(difference.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void resultsAreNotShared() {
    assertNotNull(parser.parseFull(URI.createURI("memory:/a.nix"), "1").resource());
    // Each parse has its own resource set, so resources never see each other.
    FullParseResult other = parser.parseFull(URI.createURI("memory:/b.nix"), "2");
    assertEquals(1, other.resource().getResourceSet().getResources().size());
  }
}
