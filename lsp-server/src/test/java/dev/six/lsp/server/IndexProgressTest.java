package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Test;

/**
 * Indexing the workspace is reported as work-done progress: a token created first, then begin
 * and end on it, the end saying how many files were indexed; a client that did not announce
 * {@code window.workDoneProgress} is sent nothing.
 */
class IndexProgressTest {
  private static final Path SIX = Path.of("..", "corpus", "six").toAbsolutePath().normalize();

  @Test
  void indexingIsReportedToAClientThatShowsProgress() throws Exception {
    try (LspConnection connection = LspConnection.start(new ServerOptions(20, Executors.newFixedThreadPool(2)))) {
      initialize(connection, true);
      ProgressParams begin = connection.client.nextProgress();
      ProgressParams end = connection.client.nextProgress();
      String token = begin.getToken().getLeft();
      assertEquals(List.of(token), connection.client.progressTokensCreated(), "created before use");
      assertEquals(token, end.getToken().getLeft());
      WorkDoneProgressBegin started = (WorkDoneProgressBegin) begin.getValue().getLeft();
      assertEquals("Indexing", started.getTitle());
      assertEquals(SIX.toString(), started.getMessage());
      String summary = ((WorkDoneProgressEnd) end.getValue().getLeft()).getMessage();
      assertTrue(summary.matches("\\d+ files, \\d+ read again, 0 forgotten, in \\d+ ms"), summary);
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  @Test
  void aClientWithoutProgressIsSentNone() throws Exception {
    try (LspConnection connection = LspConnection.start(new ServerOptions(20, Executors.newFixedThreadPool(2)))) {
      initialize(connection, false);
      // workspace/symbol answers once the first indexing is done, after any progress it sent
      connection.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("dropbear")).get(60, TimeUnit.SECONDS);
      assertEquals(List.of(), connection.client.progressTokensCreated());
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  private static void initialize(LspConnection connection, boolean progress) throws Exception {
    InitializeParams params = new InitializeParams();
    ClientCapabilities capabilities = new ClientCapabilities();
    WindowClientCapabilities window = new WindowClientCapabilities();
    window.setWorkDoneProgress(progress);
    capabilities.setWindow(window);
    params.setCapabilities(capabilities);
    params.setWorkspaceFolders(List.of(new WorkspaceFolder(SIX.toUri().toString(), "six")));
    connection.server.initialize(params).get(10, TimeUnit.SECONDS);
    connection.server.initialized(new InitializedParams());
  }
}
