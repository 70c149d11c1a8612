package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentPositionParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The features that read evaluations, through a running server whose workspace is evaluated as an
 * editor's is (at start, by the evaluation service): hover with values, completion of evaluated
 * attribute names, infusion previews ({@code six/infusionPreview}) and code lenses. A case is a
 * {@code .case} file under {@code values/<area>/}: {@code workspace:} ({@code small-site}, the
 * default, written for these tests, or {@code corpus/site}), {@code file:} (relative to it),
 * {@code at:} a text of that file with {@code $0} where the cursor is, and for completion
 * {@code type:} the text typed there first. The answer is compared with {@code <case>.expected}.
 */
class ValuesGoldenTest {
  private static final Path VALUES = Path.of("src/test/resources/values").toAbsolutePath();
  private static final Map<String, Path> WORKSPACES = Map.of(
      "small-site", VALUES.resolve("small-site"),
      "corpus/site", Path.of("../corpus/site").toAbsolutePath().normalize());
  /** Where each workspace's evaluation shows a value once it has finished. */
  private static final Map<String, String[]> READY = Map.of(
      "small-site", new String[] {"default.nix", "domain = $0cfg.network.domain;"},
      "corpus/site", new String[] {"hosts/router.nix", "interfaces = [ \"127.0.0.1\" $0lanAddr ];"});

  /** One server per workspace, started on first use and evaluated before its first case. */
  private static final Map<String, LspConnection> servers = new HashMap<>();

  @AfterAll
  static void stop() throws Exception {
    for (LspConnection connection : servers.values()) {
      assertEquals(0, connection.shutdownAndExit());
      connection.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> hoverValue() {
    return cases("hover-value", (c, at) -> {
      var hover = c.connection().server.getTextDocumentService()
          .hover(new HoverParams(at.document(), at.position())).get(30, TimeUnit.SECONDS);
      return hover == null ? "(no hover)\n"
          : Rendering.range(hover.getRange()) + "\n" + hover.getContents().getRight().getValue() + "\n";
    });
  }

  @TestFactory
  Stream<DynamicTest> completionEvaluated() {
    return cases("completion-evaluated", (c, at) -> {
      var list = c.connection().server.getTextDocumentService()
          .completion(new CompletionParams(at.document(), at.position())).get(30, TimeUnit.SECONDS).getRight();
      StringBuilder out = new StringBuilder();
      for (var item : list.getItems()) {
        if (item.getKind() == CompletionItemKind.Field) {
          out.append(item.getLabel()).append(": ").append(item.getDetail()).append('\n');
        }
      }
      return out.length() == 0 ? "(no evaluated names)\n" : out.toString();
    });
  }

  @TestFactory
  Stream<DynamicTest> infusionPreview() {
    return cases("infusion-preview", (c, at) -> {
      Object answer = c.connection().six.infusionPreview(
          new TextDocumentPositionParams(at.document(), at.position())).get(60, TimeUnit.SECONDS);
      return answer == null ? "(no infusion here)\n" : new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(answer) + "\n";
    });
  }

  @TestFactory
  Stream<DynamicTest> codelens() {
    return cases("codelens", (c, at) -> {
      var lenses = c.connection().server.getTextDocumentService()
          .codeLens(new CodeLensParams(at.document())).get(30, TimeUnit.SECONDS);
      StringBuilder out = new StringBuilder();
      for (var unresolved : lenses) {
        var lens = c.connection().server.getTextDocumentService().resolveCodeLens(unresolved).get(60, TimeUnit.SECONDS);
        out.append(Rendering.range(lens.getRange())).append(' ').append(lens.getCommand().getTitle())
            .append(" [").append(lens.getCommand().getCommand()).append("]\n");
      }
      return out.length() == 0 ? "(no lenses)\n" : out.toString();
    });
  }

  /** A case: its fields, the workspace's server, and the opened text. */
  private record Case(Map<String, String> fields, LspConnection connection, Path workspace) {}

  private record Cursor(TextDocumentIdentifier document, Position position) {}

  @FunctionalInterface
  private interface Request {
    String answer(Case c, Cursor at) throws Exception;
  }

  private static Stream<DynamicTest> cases(String area, Request request) {
    Path dir = VALUES.resolve(area);
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(p -> p.toString().endsWith(".case")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files.stream().map(file -> DynamicTest.dynamicTest(area + "/" + file.getFileName(), () -> {
      Map<String, String> fields = fields(Golden.read(file));
      String name = fields.getOrDefault("workspace", "small-site");
      Path workspace = WORKSPACES.get(name);
      LspConnection connection = server(name);
      Path target = workspace.resolve(fields.get("file"));
      String text = Golden.read(target);
      String typed = fields.getOrDefault("type", "");
      int offset = 0;
      if (fields.containsKey("at")) {
        String at = fields.get("at");
        int marker = at.indexOf(NavigationGoldenTest.CURSOR);
        String plain = at.replace(NavigationGoldenTest.CURSOR, "");
        int found = text.indexOf(plain);
        assertTrue(found >= 0, "the case's text is not in " + target + ": " + plain);
        offset = found + marker;
      }
      text = text.substring(0, offset) + typed + text.substring(offset);
      offset += typed.length();
      String before = text.substring(0, offset);
      Position position = new Position((int) before.chars().filter(ch -> ch == '\n').count(),
          before.length() - before.lastIndexOf('\n') - 1);
      String uri = target.toUri().toString();
      connection.open(uri, text);
      try {
        Golden.check(file.resolveSibling(file.getFileName().toString().replaceFirst("\\.case$", ".nix")), ".expected",
            request.answer(new Case(fields, connection, workspace), new Cursor(new TextDocumentIdentifier(uri), position)));
      } finally {
        connection.close(uri);
      }
    }));
  }

  /** {@code key: value} lines. */
  private static Map<String, String> fields(String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      int colon = line.indexOf(": ");
      if (colon > 0) {
        fields.put(line.substring(0, colon), line.substring(colon + 2));
      }
    }
    return fields;
  }

  /** The server of a workspace, once its evaluation shows a value (waiting up to a minute). */
  private static synchronized LspConnection server(String name) throws Exception {
    LspConnection known = servers.get(name);
    if (known != null) {
      return known;
    }
    LspConnection connection = LspConnection.start();
    servers.put(name, connection);
    Path workspace = WORKSPACES.get(name);
    connection.initialize(workspace);
    String[] ready = READY.get(name);
    Path file = workspace.resolve(ready[0]);
    String text = Golden.read(file);
    String marked = ready[1];
    int offset = text.indexOf(marked.replace(NavigationGoldenTest.CURSOR, "")) + marked.indexOf(NavigationGoldenTest.CURSOR);
    String before = text.substring(0, offset);
    Position position = new Position((int) before.chars().filter(ch -> ch == '\n').count(),
        before.length() - before.lastIndexOf('\n') - 1);
    String uri = file.toUri().toString();
    connection.open(uri, text);
    try {
      long end = System.currentTimeMillis() + 60_000;
      while (System.currentTimeMillis() < end) {
        var hover = connection.server.getTextDocumentService()
            .hover(new HoverParams(new TextDocumentIdentifier(uri), position)).get(30, TimeUnit.SECONDS);
        if (hover != null && hover.getContents().getRight().getValue().contains("Evaluated")) {
          return connection;
        }
        Thread.sleep(50);
      }
      throw new AssertionError("the workspace " + name + " was not evaluated within a minute");
    } finally {
      connection.close(uri);
    }
  }
}
