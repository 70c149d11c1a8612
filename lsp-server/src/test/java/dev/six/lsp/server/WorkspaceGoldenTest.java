package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.FileRename;
import org.eclipse.lsp4j.RenameFilesParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameFile;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ResourceOperationKind;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Cross-file navigation through a running server that has indexed a workspace: every
 * {@code workspace/<area>/<case>.case} names a workspace ({@code xref}: the small one in
 * {@code xref-workspace/}, with the packages of {@code fake-nixpkgs/}; {@code corpus}: the repository's
 * corpus), a file in it and the cursor, as a snippet of that file with {@code $0} where the cursor
 * is. The file is opened as it is on disk and the answer compared with {@code <case>.expected}:
 * locations as {@code path:line:col-line:col  text}, paths relative to the workspace. A rename case
 * names the new name ({@code rename-to:}) and may say {@code client: no-file-operations}.
 */
class WorkspaceGoldenTest {
  private static final Map<String, LspConnection> CONNECTIONS = new HashMap<>();

  @AfterAll
  static void stop() throws Exception {
    for (LspConnection connection : CONNECTIONS.values()) {
      assertEquals(0, connection.shutdownAndExit());
      connection.close();
    }
    CONNECTIONS.clear();
  }

  @TestFactory
  Stream<DynamicTest> definition() {
    return cases("definition", c -> locations(c, c.server().getTextDocumentService()
        .definition(new DefinitionParams(c.document(), c.position())).get(60, TimeUnit.SECONDS).getLeft()));
  }

  @TestFactory
  Stream<DynamicTest> references() {
    return cases("references", c -> "with the declaration\n" + locations(c, references(c, true))
        + "uses only\n" + locations(c, references(c, false)));
  }

  @TestFactory
  Stream<DynamicTest> completion() {
    return cases("completion", c -> {
      var items = c.server().getTextDocumentService().completion(new CompletionParams(c.document(), c.position()))
          .get(60, TimeUnit.SECONDS).getRight().getItems();
      StringBuilder out = new StringBuilder();
      for (var item : items) {
        out.append(item.getLabel()).append(' ').append(item.getKind()).append(' ').append(item.getDetail()).append('\n');
      }
      return out.length() == 0 ? "(no proposals)\n" : out.toString();
    });
  }

  @TestFactory
  Stream<DynamicTest> rename() {
    return cases("rename", c -> {
      var prepared = c.server().getTextDocumentService()
          .prepareRename(new PrepareRenameParams(c.document(), c.position())).get(60, TimeUnit.SECONDS);
      String prepare = "prepare: " + (prepared == null ? "(nothing to rename)" : Rendering.range(prepared.getFirst())) + "\n";
      try {
        WorkspaceEdit edit = c.server().getTextDocumentService()
            .rename(new RenameParams(c.document(), c.position(), c.fields().get("rename-to"))).get(60, TimeUnit.SECONDS);
        return prepare + edit(c, edit);
      } catch (ExecutionException e) {
        return prepare + "refused: " + e.getCause().getMessage().replace(c.root().toString(), "<workspace>") + "\n";
      }
    });
  }

  /**
   * workspace/willRenameFiles for a directory the editor moves ({@code from:}, {@code to:}, relative
   * to the workspace): the edits that follow a by-name service's move, or {@code (no edits)}.
   */
  @TestFactory
  Stream<DynamicTest> fileRename() {
    Path dir = resource("workspace/file-rename");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".case")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files.stream().map(file -> DynamicTest.dynamicTest("workspace/file-rename/" + file.getFileName(), () -> {
      Map<String, String> fields = fields(file);
      Path root = workspace(fields.get("workspace"));
      LspConnection connection = connection(fields.get("workspace"), root, true);
      String from = root.resolve(fields.get("from")).toUri().toString();
      String to = root.resolve(fields.get("to")).toUri().toString();
      WorkspaceEdit edit = connection.server.getWorkspaceService()
          .willRenameFiles(new RenameFilesParams(List.of(new FileRename(from, to)))).get(60, TimeUnit.SECONDS);
      Case c = new Case(fields, root, connection, null, null);
      Golden.check(file.resolveSibling(file.getFileName().toString().replaceFirst("\\.case$", ".nix")), ".expected",
          edit == null ? "(no edits)\n" : edit(c, edit));
    }));
  }

  private static List<? extends Location> references(Case c, boolean declaration) throws Exception {
    return c.server().getTextDocumentService()
        .references(new ReferenceParams(c.document(), c.position(), new ReferenceContext(declaration)))
        .get(60, TimeUnit.SECONDS);
  }

  /** One case: its fields, its workspace and server, the opened document and the cursor. */
  private record Case(Map<String, String> fields, Path root, LspConnection connection, TextDocumentIdentifier document,
      Position position) {
    org.eclipse.lsp4j.services.LanguageServer server() {
      return connection.server;
    }
  }

  @FunctionalInterface
  private interface Request {
    String answer(Case c) throws Exception;
  }

  private static Stream<DynamicTest> cases(String area, Request request) {
    Path dir = resource("workspace/" + area);
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".case")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertTrue(!files.isEmpty(), "no cases under " + dir);
    return files.stream().map(file -> DynamicTest.dynamicTest("workspace/" + area + "/" + file.getFileName(), () -> {
      Map<String, String> fields = fields(file);
      Path root = workspace(fields.get("workspace"));
      boolean fileOperations = !"no-file-operations".equals(fields.get("client"));
      LspConnection connection = connection(fields.get("workspace"), root, fileOperations);
      Path opened = root.resolve(fields.get("file"));
      String text = Files.readString(opened, StandardCharsets.UTF_8);
      String at = fields.get("at");
      int marker = at.indexOf(NavigationGoldenTest.CURSOR);
      String snippet = at.substring(0, marker) + at.substring(marker + NavigationGoldenTest.CURSOR.length());
      int found = text.indexOf(snippet);
      assertTrue(found >= 0, "the snippet is in " + opened + ": " + snippet);
      String before = text.substring(0, found + marker);
      Position position = new Position((int) before.chars().filter(ch -> ch == '\n').count(),
          before.length() - before.lastIndexOf('\n') - 1);
      String uri = opened.toUri().toString();
      connection.open(uri, text);
      try {
        Golden.check(file.resolveSibling(file.getFileName().toString().replaceFirst("\\.case$", ".nix")), ".expected",
            request.answer(new Case(fields, root, connection, new TextDocumentIdentifier(uri), position)));
      } finally {
        connection.close(uri);
      }
    }));
  }

  /** {@code key: value} lines; {@code #} starts a comment line. */
  private static Map<String, String> fields(Path file) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : Golden.read(file).split("\n")) {
      int colon = line.indexOf(':');
      if (!line.startsWith("#") && colon > 0) {
        fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    }
    return fields;
  }

  private static Path workspace(String name) {
    return switch (name) {
      case "xref" -> resource("xref-workspace");
      case "corpus" -> Path.of("..", "corpus").toAbsolutePath().normalize();
      default -> throw new IllegalArgumentException("unknown workspace " + name);
    };
  }

  /** One server per workspace and client kind, indexing in memory. */
  private static LspConnection connection(String name, Path root, boolean fileOperations) throws Exception {
    String key = name + (fileOperations ? "" : " without file operations");
    LspConnection existing = CONNECTIONS.get(key);
    if (existing != null) {
      return existing;
    }
    LspConnection connection = LspConnection.start(new ServerOptions(20, Executors.newFixedThreadPool(2)));
    InitializeParams params = new InitializeParams();
    ClientCapabilities capabilities = new ClientCapabilities();
    if (fileOperations) {
      WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
      edits.setDocumentChanges(true);
      edits.setResourceOperations(List.of(ResourceOperationKind.Create, ResourceOperationKind.Rename));
      WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
      workspace.setWorkspaceEdit(edits);
      capabilities.setWorkspace(workspace);
    }
    params.setCapabilities(capabilities);
    params.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), name)));
    if (name.equals("xref")) {
      JsonObject six = new JsonObject();
      six.addProperty("nixpkgs", resource("fake-nixpkgs").toString());
      JsonObject options = new JsonObject();
      options.add("six", six);
      params.setInitializationOptions(options);
    }
    connection.server.initialize(params).get(10, TimeUnit.SECONDS);
    connection.server.initialized(new InitializedParams());
    CONNECTIONS.put(key, connection);
    return connection;
  }

  private static String locations(Case c, List<? extends Location> locations) throws IOException {
    StringBuilder out = new StringBuilder();
    for (Location location : locations) {
      Path file = Path.of(URI.create(location.getUri()));
      out.append(c.root().relativize(file)).append(':').append(Rendering.range(location.getRange()));
      String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
      var range = location.getRange();
      if (range.getStart().getLine() == range.getEnd().getLine() && range.getStart().getLine() < lines.length
          && !range.getStart().equals(range.getEnd())) {
        String line = lines[range.getStart().getLine()];
        out.append("  ").append(line, Math.min(line.length(), range.getStart().getCharacter()),
            Math.min(line.length(), range.getEnd().getCharacter()));
      }
      out.append('\n');
    }
    return out.length() == 0 ? "(no locations)\n" : out.toString();
  }

  /** Each edited file's changed lines after the edits, then the moves. */
  private static String edit(Case c, WorkspaceEdit edit) throws IOException {
    StringBuilder out = new StringBuilder();
    for (var change : edit.getDocumentChanges()) {
      if (change.isLeft()) {
        TextDocumentEdit textEdit = change.getLeft();
        Path file = Path.of(URI.create(textEdit.getTextDocument().getUri()));
        out.append("edit ").append(c.root().relativize(file)).append('\n');
        String before = Files.readString(file, StandardCharsets.UTF_8);
        List<TextEdit> edits = textEdit.getEdits().stream().map(e -> e.getLeft()).toList();
        String[] old = before.split("\n", -1);
        String[] changed = Rendering.applied(before, edits).split("\n", -1);
        for (int i = 0; i < changed.length; i++) {
          if (i >= old.length || !old[i].equals(changed[i])) {
            out.append("  ").append(i + 1).append(": ").append(changed[i].strip()).append('\n');
          }
        }
      } else if (change.getRight() instanceof RenameFile move) {
        out.append("move ").append(c.root().relativize(Path.of(URI.create(move.getOldUri())))).append(" -> ")
            .append(c.root().relativize(Path.of(URI.create(move.getNewUri())))).append('\n');
      }
    }
    return out.toString();
  }

  private static Path resource(String name) {
    try {
      return Path.of(WorkspaceGoldenTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
