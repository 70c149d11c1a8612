package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensEdit;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensWorkspaceCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Test;

/**
 * The semantic token protocol around the tokens themselves: deltas that turn the previous result
 * into the current one, a full result when the previous id is unknown, the legend with standard
 * types only when a client asks for it, and a refresh request once indexing has found services.
 */
class SemanticTokensProtocolTest {
  private static final String URI = "file:///six-test/delta.nix";

  @Test
  void aDeltaTurnsThePreviousResultIntoTheCurrentOne() throws Exception {
    try (LspConnection connection = LspConnection.start()) {
      connection.initialize();
      connection.open(URI, "let a = 1; b = a; in { inherit a b; c = map toString [ a ]; }\n");
      SemanticTokens before = full(connection);

      // a binding added in the middle, one renamed
      connection.change(URI, 2, new TextDocumentContentChangeEvent(
          new Range(new Position(0, 11), new Position(0, 11)), "x = y: y; "));
      connection.change(URI, 3, new TextDocumentContentChangeEvent(
          new Range(new Position(0, 4), new Position(0, 5)), "aa"));
      var delta = connection.server.getTextDocumentService()
          .semanticTokensFullDelta(new SemanticTokensDeltaParams(document(), before.getResultId()))
          .get(10, TimeUnit.SECONDS);
      assertTrue(delta.isRight(), "a delta against the last result");
      List<Integer> patched = apply(before.getData(), delta.getRight().getEdits());
      assertEquals(full(connection).getData(), patched);

      var unknown = connection.server.getTextDocumentService()
          .semanticTokensFullDelta(new SemanticTokensDeltaParams(document(), "no-such-result"))
          .get(10, TimeUnit.SECONDS);
      assertTrue(unknown.isLeft(), "a full result when the previous one is not known");
      assertEquals(patched, unknown.getLeft().getData());

      var same = connection.server.getTextDocumentService()
          .semanticTokensFullDelta(new SemanticTokensDeltaParams(document(), unknown.getLeft().getResultId()))
          .get(10, TimeUnit.SECONDS);
      assertEquals(List.of(), same.getRight().getEdits(), "nothing changed, nothing to edit");
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  @Test
  void aTokenOverLinesIsSplitAtEachKindOfLineBreak() throws Exception {
    try (LspConnection connection = LspConnection.start()) {
      SemanticTokensLegend legend = connection.initialize().getCapabilities().getSemanticTokensProvider().getLegend();
      String text = "{ \"a\r\nb\rc\nd\" = 1; e = 2; }";
      connection.open(URI, text);
      assertEquals("""
          0:2 2 property [declaration] '"a'
          1:0 1 property [declaration] 'b'
          2:0 1 property [declaration] 'c'
          3:0 2 property [declaration] 'd"'
          3:8 1 property [declaration] 'e'
          """, Rendering.semanticTokens(full(connection).getData(), legend, text));
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  @Test
  void aClientAskingForStandardTypesGetsTheFallbacks() throws Exception {
    Path nginx = area().resolve("svcs/by-name/ng/nginx/service.nix");
    try (LspConnection connection = LspConnection.start()) {
      InitializeParams params = new InitializeParams();
      params.setCapabilities(new ClientCapabilities());
      params.setInitializationOptions(Map.of("semanticTokens", Map.of("customTypes", false)));
      SemanticTokensLegend legend = connection.server.initialize(params).get(10, TimeUnit.SECONDS)
          .getCapabilities().getSemanticTokensProvider().getLegend();
      connection.server.initialized(new InitializedParams());
      assertFalse(legend.getTokenTypes().contains("service"));
      assertFalse(legend.getTokenTypes().contains("path"));
      assertEquals(legend.getTokenTypes().size(), legend.getTokenTypes().stream().distinct().count(), "no duplicates");

      String text = Golden.read(nginx);
      connection.open(nginx.toUri().toString(), text);
      var tokens = connection.server.getTextDocumentService()
          .semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(nginx.toUri().toString())))
          .get(10, TimeUnit.SECONDS);
      String rendered = Rendering.semanticTokens(tokens.getData(), legend, text);
      assertTrue(rendered.contains("1:27 7 class [declaration] 'syslogd'"), rendered);
      assertTrue(rendered.contains("5:29 6 enumMember [] 'global'"), rendered);
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  @Test
  void servicesFoundByIndexingMakeTheServerAskForTokensAgain() throws Exception {
    try (LspConnection connection = LspConnection.start()) {
      InitializeParams params = new InitializeParams();
      ClientCapabilities capabilities = new ClientCapabilities();
      WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
      workspace.setSemanticTokens(new SemanticTokensWorkspaceCapabilities(true));
      capabilities.setWorkspace(workspace);
      params.setCapabilities(capabilities);
      params.setWorkspaceFolders(List.of(new WorkspaceFolder(area().toUri().toString(), "semantic-tokens")));
      connection.server.initialize(params).get(10, TimeUnit.SECONDS);
      connection.server.initialized(new InitializedParams());
      connection.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("")).get(60, TimeUnit.SECONDS);
      assertEquals(1, connection.client.semanticTokenRefreshes.get());
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  private static SemanticTokens full(LspConnection connection) throws Exception {
    return connection.server.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(document()))
        .get(10, TimeUnit.SECONDS);
  }

  private static TextDocumentIdentifier document() {
    return new TextDocumentIdentifier(URI);
  }

  /** The client's side of a delta: each edit replaces integers of the previous data, from the last back. */
  private static List<Integer> apply(List<Integer> data, List<SemanticTokensEdit> edits) {
    List<Integer> result = new ArrayList<>(data);
    List<SemanticTokensEdit> sorted = new ArrayList<>(edits);
    sorted.sort((a, b) -> Integer.compare(b.getStart(), a.getStart()));
    for (SemanticTokensEdit edit : sorted) {
      result.subList(edit.getStart(), edit.getStart() + edit.getDeleteCount()).clear();
      result.addAll(edit.getStart(), edit.getData() == null ? List.of() : edit.getData());
    }
    return result;
  }

  private static Path area() {
    try {
      return Path.of(SemanticTokensProtocolTest.class.getResource("/semantic-tokens").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
