package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.lsp.Directories;
import dev.six.lsp.eval.RootDiscovery;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Build-on-save through the real server, for every case of {@code corpus/broken} and
 * {@code corpus/broken-s6}: the server opens a copy of the corpus as its workspace, evaluates the
 * roots it discovers, and then each case's {@code default.nix} is opened and saved; what the
 * editor then shows in the case's files (every URI, range, code, message and related location)
 * must be {@code evaluation/<kind>/<case>.expected}, with the workspace written {@code <corpus>}.
 * For {@code corpus/broken}, the message must be the one Nix prints ({@code expected.txt}).
 */
class EvaluationGoldenTest {
  private static final Path CORPUS = Path.of("..", "corpus").toAbsolutePath().normalize();

  @TempDir
  static Path temp;

  private static Path workspace;
  private static LspConnection connection;

  @BeforeAll
  static void start() throws Exception {
    workspace = temp.resolve("corpus");
    Directories.copy(CORPUS, workspace);
    int roots = RootDiscovery.roots(workspace, List.of()).size();
    connection = LspConnection.start();
    connection.initialize(workspace, null);
    for (int i = 0; i < roots; i++) {
      connection.client.awaitLogMessage("evaluated ", 60); // every root once, after initialized
    }
  }

  @AfterAll
  static void stop() throws Exception {
    assertEquals(0, connection.shutdownAndExit());
    connection.close();
  }

  @TestFactory
  Stream<DynamicTest> everyBrokenCase() throws IOException {
    List<Path> cases = new ArrayList<>();
    for (String kind : List.of("broken", "broken-s6")) {
      try (Stream<Path> dirs = Files.list(CORPUS.resolve(kind))) {
        dirs.filter(d -> Files.isRegularFile(d.resolve("default.nix"))).sorted().forEach(cases::add);
      }
    }
    assertTrue(cases.size() >= 20, "too few cases: " + cases.size());
    return cases.stream().map(dir -> {
      String name = CORPUS.relativize(dir).toString();
      return DynamicTest.dynamicTest(name, () -> check(name));
    });
  }

  private static void check(String name) throws Exception {
    Path caseDir = workspace.resolve(name);
    Path file = caseDir.resolve("default.nix");
    String uri = file.toUri().toString();
    connection.client.clearLogMessages();
    connection.open(uri, Files.readString(file, StandardCharsets.UTF_8));
    while (connection.client.nextDiagnostics(uri).getVersion() == null) {
      // skip what the first evaluation published; the open document's own check carries its version
    }
    connection.save(uri);
    connection.client.awaitLogMessage("evaluated " + file, 60);
    String rendered = render(caseDir);
    connection.close(uri);
    Path expected = expectedFile(name);
    Golden.check(expected, ".expected", rendered);
    Path nix = CORPUS.resolve(name).resolve("expected.txt");
    if (name.startsWith("broken/") && !Files.exists(CORPUS.resolve(name).resolve("expected-six.txt"))) {
      String message = Files.readAllLines(nix, StandardCharsets.UTF_8).get(0).replaceFirst("^error: ", "")
          .replace("<case>", "<corpus>/" + name);
      assertTrue(rendered.contains(": " + message + "\n"), "Nix's message " + message + " in\n" + rendered);
    }
  }

  /** The latest diagnostics of every file under {@code caseDir}, the files in path order. */
  private static String render(Path caseDir) {
    Map<String, List<Diagnostic>> byFile = new TreeMap<>();
    for (Map.Entry<String, PublishDiagnosticsParams> e : connection.client.latestDiagnostics().entrySet()) {
      Path file = Path.of(URI.create(e.getKey()));
      if (file.startsWith(caseDir) && !e.getValue().getDiagnostics().isEmpty()) {
        byFile.put(workspace.relativize(file).toString(), e.getValue().getDiagnostics());
      }
    }
    StringBuilder out = new StringBuilder();
    byFile.forEach((file, diagnostics) -> {
      out.append(file).append('\n');
      for (Diagnostic d : diagnostics) {
        out.append("  ").append(range(d.getRange())).append(' ').append(d.getSeverity()).append(" [")
            .append(d.getCode().getLeft()).append("] ").append(d.getSource()).append(": ")
            .append(d.getMessage().getLeft()).append('\n');
        if (d.getRelatedInformation() != null) {
          for (DiagnosticRelatedInformation related : d.getRelatedInformation()) {
            Path where = Path.of(URI.create(related.getLocation().getUri()));
            out.append("    related ").append(workspace.relativize(where)).append(':')
                .append(range(related.getLocation().getRange())).append(' ').append(related.getMessage()).append('\n');
          }
        }
      }
    });
    String text = out.length() == 0 ? "(no diagnostics)\n" : out.toString();
    return text.replace(workspace.toString(), "<corpus>");
  }

  private static String range(Range r) {
    return (r.getStart().getLine() + 1) + ":" + (r.getStart().getCharacter() + 1) + "-"
        + (r.getEnd().getLine() + 1) + ":" + (r.getEnd().getCharacter() + 1);
  }

  /** A stand-in {@code .nix} path whose sibling {@code .expected} file is the case's expectation. */
  private static Path expectedFile(String name) throws Exception {
    Path dir = Path.of(EvaluationGoldenTest.class.getResource("/evaluation").toURI());
    return dir.resolve(name + ".nix");
  }
}
