package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * workspace/symbol over JSON-RPC, answered from the workspace index of the folder the editor
 * opened (the bundled service machinery): a service by name, an attribute with the path it sits
 * under; and a second session finds the index the first one left on disk.
 */
class WorkspaceSymbolTest {
  private static final Path SIX = Path.of("..", "corpus", "six").toAbsolutePath().normalize();

  @TempDir
  Path temp;

  @Test
  void symbolsComeFromTheIndexAndTheIndexOutlivesTheSession() throws Exception {
    Path store = temp.resolve("index");
    for (int session = 1; session <= 2; session++) {
      ServerOptions options = new ServerOptions(20, Executors.newFixedThreadPool(2), store);
      try (LspConnection connection = LspConnection.start(options)) {
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(SIX.toUri().toString(), "six")));
        assertTrue(connection.server.initialize(params).get(10, TimeUnit.SECONDS).getCapabilities()
            .getWorkspaceSymbolProvider().getLeft());
        connection.server.initialized(new InitializedParams());

        List<? extends WorkspaceSymbol> dropbear = symbols(connection, "dropbear");
        assertEquals("dropbear", dropbear.get(0).getName());
        assertEquals(SymbolKind.Module, dropbear.get(0).getKind());
        assertTrue(dropbear.get(0).getLocation().getLeft().getUri().endsWith("svcs/by-name/dr/dropbear/service.nix"));

        WorkspaceSymbol notificationFd = symbols(connection, "notification-fd").stream()
            .filter(s -> s.getContainerName() != null).findFirst().orElseThrow();
        assertEquals(SymbolKind.Field, notificationFd.getKind());

        assertEquals(0, connection.shutdownAndExit());
      }
      try (Stream<Path> files = Files.list(store)) {
        assertEquals(1, files.count(), "one index directory for the workspace, kept after session " + session);
      }
    }
  }

  private static List<? extends WorkspaceSymbol> symbols(LspConnection connection, String query) throws Exception {
    return connection.server.getWorkspaceService().symbol(new WorkspaceSymbolParams(query))
        .get(60, TimeUnit.SECONDS).getRight();
  }
}
