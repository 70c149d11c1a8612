package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

/** Editing an open document: diagnostics follow the text through whole and incremental changes. */
class EditingTest {
  private static final String URI = "file:///six-test/editing.nix";

  @Test
  void aDiagnosticAppearsAndClearsWhenFixed() throws Exception {
    try (LspConnection connection = LspConnection.start()) {
      connection.initialize();
      connection.open(URI, "{ a = 1; }");
      assertTrue(connection.client.nextDiagnostics(URI).getDiagnostics().isEmpty());

      connection.change(URI, 2, new TextDocumentContentChangeEvent("{ a = 1 }"));
      PublishDiagnosticsParams broken = connection.client.nextDiagnostics(URI);
      assertEquals(2, broken.getVersion());
      assertEquals("0:8-0:9 Error [syntax_error] six: expected ';' after the value of attribute 'a', found '}'\n",
          Rendering.diagnostics(broken.getDiagnostics()));

      connection.change(URI, 3, new TextDocumentContentChangeEvent(range(0, 7, 0, 7), ";"));
      PublishDiagnosticsParams fixed = connection.client.nextDiagnostics(URI);
      assertEquals(3, fixed.getVersion());
      assertTrue(fixed.getDiagnostics().isEmpty());
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  /** Columns count UTF-16 units both ways: in the edit the client sends and in the diagnostic. */
  @Test
  void incrementalEditsAfterNonAsciiText() throws Exception {
    try (LspConnection connection = LspConnection.start()) {
      connection.initialize();
      connection.open(URI, "{ s = \"é😀\"; x = 1; }");
      assertTrue(connection.client.nextDiagnostics(URI).getDiagnostics().isEmpty());
      // "é" is one unit, "😀" two: the 1 sits at column 17.
      connection.change(URI, 2, new TextDocumentContentChangeEvent(range(0, 17, 0, 18), "y"));
      assertEquals("0:17-0:18 Error [undefined_variable] six: undefined variable 'y'\n",
          Rendering.diagnostics(connection.client.nextDiagnostics(URI).getDiagnostics()));
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  /** A burst of edits is checked once, on its last text. */
  @Test
  void theLatestTextWins() throws Exception {
    ServerOptions defaults = ServerOptions.defaults();
    try (LspConnection connection = LspConnection.start(new ServerOptions(400, defaults.requestWorkers()))) {
      connection.initialize();
      connection.open(URI, "{ a = 1; }");
      assertTrue(connection.client.nextDiagnostics(URI).getDiagnostics().isEmpty());
      for (int version = 2; version <= 6; version++) {
        connection.change(URI, version, new TextDocumentContentChangeEvent("{ a = " + "b".repeat(version) + "; }"));
      }
      PublishDiagnosticsParams published = connection.client.nextDiagnostics(URI);
      assertEquals(6, published.getVersion());
      assertEquals(1, published.getDiagnostics().size());
      assertTrue(published.getDiagnostics().get(0).getMessage().getLeft().startsWith("undefined variable 'bbbbbb'"));
      assertNull(connection.client.diagnosticsWithin(URI, 800), "nothing is published for the older texts");
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  private static Range range(int startLine, int startCharacter, int endLine, int endCharacter) {
    return new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter));
  }
}
