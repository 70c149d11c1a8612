package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.lsp.Directories;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Build-on-save's behaviour over time, through the real server, on workspaces whose roots are set
 * in {@code initializationOptions}: a fix clears what evaluation found, also in a file that is not
 * open; a newer save cancels the evaluation the older one started; an s6-rc dependency cycle names
 * each edge where it is declared; a deleted root's problems go; settings turn evaluation off and
 * on; and an evaluation that fails
 * in every way an evaluation can fail leaves a server that still answers.
 */
class BuildOnSaveTest {
  private static final Path CORPUS = Path.of("..", "corpus").toAbsolutePath().normalize();

  @TempDir
  Path workspace;

  @Test
  void fixingAndSavingClearsTheDiagnostics() throws Exception {
    Directories.copy(CORPUS, workspace);
    Path service = workspace.resolve("broken/undefined-variable/svcs/by-name/kl/klogd/service.nix");
    Path root = workspace.resolve("broken/undefined-variable/default.nix");
    String serviceUri = service.toUri().toString();
    String broken = Files.readString(service, StandardCharsets.UTF_8);
    try (LspConnection connection = LspConnection.start()) {
      connection.initialize(workspace, roots("broken/undefined-variable"));
      connection.client.awaitLogMessage("evaluated " + root, 60);
      List<Diagnostic> found = connection.client.latestDiagnostics().get(serviceUri).getDiagnostics();
      assertEquals("E002", found.get(0).getCode().getLeft(), "the closed file's evaluation error is published");

      Files.writeString(service, broken.replace("${busybox}", "${pkgs.busybox}"), StandardCharsets.UTF_8);
      connection.open(serviceUri, Files.readString(service, StandardCharsets.UTF_8));
      connection.save(serviceUri);
      connection.client.awaitLogMessage("evaluated " + root, 60);
      assertEquals(List.of(), evaluationDiagnostics(connection, serviceUri), "fixed: cleared");

      Files.writeString(service, broken, StandardCharsets.UTF_8);
      connection.close(serviceUri); // saved while closed (another tool wrote it): the editor still hears of it
      connection.save(serviceUri);
      connection.client.awaitLogMessage("evaluated " + root, 60);
      assertEquals("E002", evaluationDiagnostics(connection, serviceUri).get(0).getCode().getLeft(), "broken again");
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  /**
   * Editors push their settings right after {@code initialized}, while the first indexing runs
   * and before the first evaluation may start: those settings still lead to it (as eglot does).
   */
  @Test
  void settingsPushedBeforeTheFirstIndexingEndsStillEvaluate() throws Exception {
    Directories.copy(CORPUS, workspace);
    Path root = workspace.resolve("broken/undefined-variable/default.nix");
    String serviceUri = workspace.resolve("broken/undefined-variable/svcs/by-name/kl/klogd/service.nix").toUri().toString();
    try (LspConnection connection = LspConnection.start()) {
      connection.initialize(workspace, null);
      connection.server.getWorkspaceService().didChangeConfiguration(
          new DidChangeConfigurationParams(roots("broken/undefined-variable")));
      connection.client.awaitLogMessage("evaluated " + root, 60);
      assertEquals("E002", evaluationDiagnostics(connection, serviceUri).get(0).getCode().getLeft());
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  @Test
  void turningEvaluationOffClearsWhatItFoundAndOnBringsItBack() throws Exception {
    Directories.copy(CORPUS, workspace);
    Path root = workspace.resolve("broken/undefined-variable/default.nix");
    String serviceUri = workspace.resolve("broken/undefined-variable/svcs/by-name/kl/klogd/service.nix").toUri().toString();
    try (LspConnection connection = LspConnection.start()) {
      connection.initialize(workspace, roots("broken/undefined-variable"));
      connection.client.awaitLogMessage("evaluated " + root, 60);
      assertEquals(1, evaluationDiagnostics(connection, serviceUri).size());
      while (connection.client.diagnosticsWithin(serviceUri, 0) != null) {
        // what was published so far
      }
      connection.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
          Map.of("six", Map.of("evaluation", Map.of("enable", false)))));
      assertEquals(List.of(), connection.client.nextDiagnostics(serviceUri).getDiagnostics(), "off: cleared");
      connection.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
          Map.of("six", Map.of("evaluation", Map.of("enable", true)))));
      connection.client.awaitLogMessage("evaluated " + root, 60);
      assertEquals("E002", evaluationDiagnostics(connection, serviceUri).get(0).getCode().getLeft(), "on: found again");
      connection.client.clearLogMessages();
      connection.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
          Map.of("six", Map.of("evaluation", Map.of("enable", true)))));
      assertThrows(AssertionError.class, () -> connection.client.awaitLogMessage("evaluating", 1),
          "the same settings again evaluate nothing");
      connection.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
          Map.of("six", Map.of("evaluation", Map.of("timeLimit", 30)))));
      connection.client.awaitLogMessage("evaluated " + root, 60); // new settings: evaluated again
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  @Test
  void aDeletedRootTakesItsProblemsAlong() throws Exception {
    Path file = workspace.resolve("gone/default.nix");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "throw \"here\"\n");
    String uri = file.toUri().toString();
    try (LspConnection connection = LspConnection.start()) {
      connection.initialize(workspace, null);
      connection.client.awaitLogMessage("evaluated " + file, 60);
      assertEquals("here", connection.client.nextDiagnostics(uri).getDiagnostics().get(0).getMessage().getLeft());
      Files.delete(file);
      connection.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
          List.of(new FileEvent(uri, FileChangeType.Deleted))));
      assertEquals(List.of(), connection.client.nextDiagnostics(uri).getDiagnostics());
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  @Test
  void aNewerSaveCancelsTheRunningEvaluation() throws Exception {
    Path file = workspace.resolve("slow/default.nix");
    Files.createDirectories(file.getParent());
    // minutes of additions before the throw: only a cancellation ends it in time
    Files.writeString(file, "let n = builtins.foldl' (a: b: builtins.foldl' (x: y: x + y) a (builtins.genList (i: i)"
        + " 100000)) 0 (builtins.genList (i: i) 100000); in builtins.seq n (throw \"slow\")\n");
    String uri = file.toUri().toString();
    try (LspConnection connection = LspConnection.start()) {
      connection.initialize(workspace, Map.of("six", Map.of("evaluation", Map.of("roots", List.of("slow"),
          "timeLimit", 600))));
      connection.client.awaitLogMessage("evaluating " + file, 30);
      Thread.sleep(200); // well into its additions
      Files.writeString(file, "throw \"fast\"\n");
      connection.open(uri, "throw \"fast\"\n");
      connection.save(uri);
      String log = connection.client.awaitLogMessage("evaluated " + file, 30);
      assertTrue(log.startsWith("evaluated " + file + ": 1 problem in "), log);
      List<Diagnostic> shown = evaluationDiagnostics(connection, uri);
      assertEquals(1, shown.size());
      assertEquals("fast", shown.get(0).getMessage().getLeft(), "the newer text's error, not the stale one");
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  @Test
  void evaluationErrorsNeverStopTheServer() throws Exception {
    Map<String, String> roots = Map.of(
        "overflow/default.nix", "let f = n: 1 + f (n + 1); in f 0\n",
        "recursion/default.nix", "let x = x + 1; in x\n",
        "missing/default.nix", "import ./nothing-here.nix\n",
        "exec/default.nix", "builtins.exec [ \"touch\" \"executed\" ]\n",
        "ifd/default.nix", "import (derivation { name = \"x\"; system = \"x86_64-linux\"; builder = \"/bin/sh\"; })\n",
        "timeout/default.nix", "builtins.foldl' (a: b: builtins.foldl' (x: y: x + y) a (builtins.genList (i: i)"
            + " 100000)) 0 (builtins.genList (i: i) 100000)\n");
    for (Map.Entry<String, String> root : roots.entrySet()) {
      Files.createDirectories(workspace.resolve(root.getKey()).getParent());
      Files.writeString(workspace.resolve(root.getKey()), root.getValue());
    }
    try (LspConnection connection = LspConnection.start()) {
      connection.initialize(workspace, Map.of("six", Map.of("evaluation", Map.of("timeLimit", 3))));
      for (int i = 0; i < roots.size(); i++) {
        connection.client.awaitLogMessage("evaluated ", 60);
      }
      assertEquals("E006", code(connection, "overflow/default.nix"));
      assertEquals("E004", code(connection, "recursion/default.nix"));
      assertEquals("E010", code(connection, "missing/default.nix"));
      assertEquals("E010", code(connection, "ifd/default.nix"), "import from derivation reads a path nobody built");
      assertEquals("E019", code(connection, "timeout/default.nix"));
      assertEquals("E003", code(connection, "exec/default.nix"), "no builtins.exec");
      assertFalse(Files.exists(workspace.resolve("exec/executed")));
      String uri = workspace.resolve("recursion/default.nix").toUri().toString();
      connection.open(uri, "let x = x + 1; in x\n");
      assertNotNull(connection.server.getTextDocumentService()
          .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(10, TimeUnit.SECONDS));
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  @Test
  void anS6DependencyCycleNamesEachEdgeWhereItIsDeclared() throws Exception {
    Path source = Path.of(BuildOnSaveTest.class.getResource("/evaluation/s6-cycle").toURI());
    Path site = workspace.resolve("s6-cycle");
    Directories.copy(source, site);
    try (LspConnection connection = LspConnection.start()) {
      connection.initialize(workspace, null);
      connection.client.awaitLogMessage("evaluated " + site.resolve("default.nix"), 60);
      List<Diagnostic> shown = evaluationDiagnostics(connection, site.resolve("ping.nix").toUri().toString());
      assertEquals(1, shown.size());
      Diagnostic cycle = shown.get(0);
      assertEquals("S601", cycle.getCode().getLeft());
      assertEquals("cyclic service dependency reached from pong and involving pong (host box)", cycle.getMessage().getLeft());
      assertEquals(new org.eclipse.lsp4j.Position(4, 4), cycle.getRange().getStart(), "at targets.pong in ping.nix");
      List<String> edges = cycle.getRelatedInformation().stream().map(r -> Path.of(java.net.URI.create(
          r.getLocation().getUri())).getFileName() + " " + r.getLocation().getRange().getStart().getLine() + ":"
          + r.getLocation().getRange().getStart().getCharacter() + " " + r.getMessage()).toList();
      assertEquals(List.of("pong.nix 3:12 pong depends on ping", "ping.nix 4:4 ping depends on pong"), edges);
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  private String code(LspConnection connection, String root) {
    List<Diagnostic> shown = evaluationDiagnostics(connection, workspace.resolve(root).toUri().toString());
    assertFalse(shown.isEmpty(), root + " has a diagnostic");
    return shown.get(0).getCode().getLeft();
  }

  /** The latest diagnostics of {@code uri} that evaluation found (codes of evaluation and s6-rc). */
  private static List<Diagnostic> evaluationDiagnostics(LspConnection connection, String uri) {
    PublishDiagnosticsParams latest = connection.client.latestDiagnostics().get(uri);
    assertTrue(latest != null, "published for " + uri);
    return latest.getDiagnostics().stream().filter(d -> d.getCode().getLeft().matches("[ES]\\d{3}")).toList();
  }

  private static Map<String, Object> roots(String... roots) {
    return Map.of("six", Map.of("evaluation", Map.of("roots", List.of(roots))));
  }
}
