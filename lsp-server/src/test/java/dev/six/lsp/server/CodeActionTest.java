package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/**
 * Code actions through the protocol, beyond the golden cases: the capability, the client's
 * {@code only} filter, the latest text after an edit, and UTF-16 columns in the edits.
 */
class CodeActionTest {
  private static final String URI = "file:///six-test/actions.nix";

  @Test
  void quickFixesAreAnnounced() throws Exception {
    try (LspConnection connection = LspConnection.start()) {
      var provider = connection.initialize().getCapabilities().getCodeActionProvider().getRight();
      assertEquals(List.of(CodeActionKind.QuickFix), provider.getCodeActionKinds());
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  @Test
  void onlyTheKindsAskedFor() throws Exception {
    try (LspConnection connection = LspConnection.start()) {
      connection.initialize();
      connection.open(URI, "let a = 1; in 2");
      assertTrue(actions(connection, 0, 4, List.of(CodeActionKind.Refactor)).isEmpty());
      assertEquals("Remove unused binding 'a'", actions(connection, 0, 4, List.of(CodeActionKind.QuickFix)).get(0).getTitle());
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  /** The server checks the text it has now, not the diagnostics it published before an edit. */
  @Test
  void afterAnEditTheFixesAreOfTheNewText() throws Exception {
    try (LspConnection connection = LspConnection.start()) {
      connection.initialize();
      connection.open(URI, "let a = 1; in a");
      connection.change(URI, 2, new TextDocumentContentChangeEvent("let a = 1; in 2"));
      List<CodeAction> actions = actions(connection, 0, 4, null);
      assertEquals(1, actions.size());
      assertEquals("2", Rendering.applied("let a = 1; in 2", actions.get(0).getEdit().getChanges().get(URI)));
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  /** "é" is one UTF-16 unit and "😀" two: the edit's columns are the editor's. */
  @Test
  void editsCountUtf16Units() throws Exception {
    try (LspConnection connection = LspConnection.start()) {
      connection.initialize();
      String text = "let s = \"é😀\"; u = 1; in s";
      connection.open(URI, text);
      List<CodeAction> actions = actions(connection, 0, 16, null);
      assertEquals("Remove unused binding 'u'", actions.get(0).getTitle());
      assertEquals("let s = \"é😀\"; in s", Rendering.applied(text, actions.get(0).getEdit().getChanges().get(URI)));
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  private static List<CodeAction> actions(LspConnection connection, int line, int character, List<String> only)
      throws Exception {
    Position at = new Position(line, character);
    CodeActionContext context = new CodeActionContext(List.of());
    context.setOnly(only);
    return connection.server.getTextDocumentService()
        .codeAction(new CodeActionParams(new TextDocumentIdentifier(URI), new Range(at, at), context))
        .get(10, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
  }
}
