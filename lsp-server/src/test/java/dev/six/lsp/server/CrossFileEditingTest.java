package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.lsp.Directories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workspace-wide references follow the editor: a use typed into an open document (not saved) is
 * found from another file at once, and forgotten when the document is closed unsaved, because
 * the index then reads the file on disk again.
 */
class CrossFileEditingTest {
  @TempDir
  Path temp;

  @Test
  void referencesSeeUnsavedEditsAndForgetThemOnClose() throws Exception {
    Path workspace = Directories.copyKeepingTimes(Path.of(CrossFileEditingTest.class.getResource("/xref-workspace").toURI()), temp.resolve("w"));
    try (LspConnection connection = LspConnection.start(new ServerOptions(20, Executors.newFixedThreadPool(2)))) {
      InitializeParams params = new InitializeParams();
      params.setCapabilities(new ClientCapabilities());
      params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "w")));
      connection.server.initialize(params).get(10, TimeUnit.SECONDS);
      connection.server.initialized(new InitializedParams());

      Path lab = workspace.resolve("hosts/lab.nix");
      String labText = Files.readString(lab);
      connection.open(lab.toUri().toString(), labText);
      int before = references(connection, lab, labText).size();

      Path edge = workspace.resolve("hosts/edge.nix");
      String edgeUri = edge.toUri().toString();
      String edgeText = Files.readString(edge);
      connection.open(edgeUri, edgeText);
      int at = edgeText.indexOf("  zoneData");
      Position insert = new Position((int) edgeText.substring(0, at).chars().filter(c -> c == '\n').count(), 0);
      connection.change(edgeUri, 2, new TextDocumentContentChangeEvent(new Range(insert, insert),
          "  extraDns = final.services.dns { };\n"));
      List<? extends Location> typed = references(connection, lab, labText);
      assertEquals(before + 1, typed.size(), "the unsaved use is found: " + typed);
      assertTrue(typed.stream().anyMatch(l -> l.getUri().equals(edgeUri) && l.getRange().getStart().equals(
          new Position(insert.getLine(), "  extraDns = final.services.".length()))), typed.toString());

      connection.close(edgeUri);
      assertEquals(before, references(connection, lab, labText).size(), "closed unsaved: the file on disk again");
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  /** References to the service dns, from its selection in lab.nix. */
  private static List<? extends Location> references(LspConnection connection, Path lab, String text) throws Exception {
    int offset = text.indexOf("\"dns\"") + 1;
    Position position = new Position((int) text.substring(0, offset).chars().filter(c -> c == '\n').count(),
        offset - text.lastIndexOf('\n', offset) - 1);
    return connection.server.getTextDocumentService().references(new ReferenceParams(
        new TextDocumentIdentifier(lab.toUri().toString()), position, new ReferenceContext(false)))
        .get(60, TimeUnit.SECONDS);
  }
}
