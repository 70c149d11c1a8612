package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code $/progress} while the workspace index is built, on a copy of corpus/six: a client that
 * supports work-done progress is asked to create a token, then sees begin, reports whose
 * percentage only grows up to 100 ("N/N files"), and end; a client that does not is sent none
 * of it. The first indexing is over when a workspace symbol request is answered, and the server
 * sends the end of its progress before that.
 */
class IndexProgressTest {
  private static final Path SIX = Path.of("..", "corpus", "six").toAbsolutePath().normalize();

  @TempDir
  Path temp;

  @Test
  void aClientWithWorkDoneProgressSeesBeginReportsAndEnd() throws Exception {
    Path workspace = copyOfSix();
    long files = nixFiles(workspace);
    try (LspConnection connection = LspConnection.start()) {
      index(connection, workspace, true);

      assertEquals(1, connection.client.progressTokens.size(), "one token created");
      String token = connection.client.progressTokens.get(0);
      List<ProgressParams> progress = connection.client.progress;
      assertTrue(progress.stream().allMatch(p -> p.getToken().getLeft().equals(token)), "all on the created token");
      assertInstanceOf(WorkDoneProgressBegin.class, value(progress.get(0)));
      assertTrue(((WorkDoneProgressBegin) value(progress.get(0))).getTitle().startsWith("six: indexing"));
      WorkDoneProgressEnd end = assertInstanceOf(WorkDoneProgressEnd.class, value(progress.get(progress.size() - 1)));
      assertEquals(files + " files indexed", end.getMessage());

      List<WorkDoneProgressReport> reports = progress.subList(1, progress.size() - 1).stream()
          .map(p -> assertInstanceOf(WorkDoneProgressReport.class, value(p))).toList();
      assertTrue(reports.size() >= 2, "reports at 0% and 100% at least: " + reports.size());
      for (int i = 1; i < reports.size(); i++) {
        assertTrue(reports.get(i).getPercentage() > reports.get(i - 1).getPercentage(), "percentages only grow");
      }
      assertEquals("0/" + files + " files", reports.get(0).getMessage());
      WorkDoneProgressReport last = reports.get(reports.size() - 1);
      assertEquals(100, last.getPercentage());
      assertEquals(files + "/" + files + " files", last.getMessage());

      assertEquals(0, connection.shutdownAndExit());
    }
  }

  @Test
  void aClientWithoutWorkDoneProgressIsSentNone() throws Exception {
    Path workspace = copyOfSix();
    try (LspConnection connection = LspConnection.start()) {
      index(connection, workspace, false);
      assertEquals(List.of(), connection.client.progressTokens);
      assertEquals(List.of(), connection.client.progress);
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  /** Initializes with {@code workspace} open and waits until its first indexing is done. */
  private static void index(LspConnection connection, Path workspace, boolean workDoneProgress) throws Exception {
    InitializeParams params = new InitializeParams();
    ClientCapabilities capabilities = new ClientCapabilities();
    WindowClientCapabilities window = new WindowClientCapabilities();
    window.setWorkDoneProgress(workDoneProgress);
    capabilities.setWindow(window);
    params.setCapabilities(capabilities);
    params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "six")));
    connection.server.initialize(params).get(10, TimeUnit.SECONDS);
    connection.server.initialized(new InitializedParams());
    connection.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("dropbear")).get(60, TimeUnit.SECONDS);
  }

  private static WorkDoneProgressNotification value(ProgressParams params) {
    return params.getValue().getLeft();
  }

  private Path copyOfSix() throws IOException {
    Path copy = temp.resolve("six");
    try (Stream<Path> all = Files.walk(SIX)) {
      for (Path source : all.toList()) {
        Path target = copy.resolve(SIX.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    return copy;
  }

  private static long nixFiles(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(p -> p.toString().endsWith(".nix")).count();
    }
  }
}
