package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.Location;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Navigation through a running server. Every {@code .nix} file under {@code definition/},
 * {@code highlight/}, {@code references/}, {@code rename/}, {@code selection/},
 * {@code completion/}, {@code hover/} or {@code code-actions/} that contains the cursor marker {@code $0} is a case:
 * it is opened (marker removed) under its own {@code file:} URI, so that path literals and the
 * {@code by-name} tree next to it resolve, and the answer at the marker is compared with
 * {@code <case>.expected}. Other files in those trees are what the cases navigate to.
 * Locations are written {@code path:line:col-line:col}, the path relative to the area's directory,
 * lines and columns as the protocol carries them (0-based, UTF-16).
 */
class NavigationGoldenTest {
  /** Where the cursor is in a case file. */
  static final String CURSOR = "$0";

  private static LspConnection connection;
  /** The text of the case being run, as it was opened. */
  private static String opened;

  @BeforeAll
  static void start() throws Exception {
    connection = LspConnection.start();
    connection.initialize();
  }

  @AfterAll
  static void stop() throws Exception {
    assertEquals(0, connection.shutdownAndExit());
    connection.close();
  }

  @TestFactory
  Stream<DynamicTest> definition() {
    return cases("definition", (area, at) -> render(area, connection.server.getTextDocumentService()
        .definition(new DefinitionParams(at.document(), at.position())).get(10, TimeUnit.SECONDS).getLeft()));
  }

  @TestFactory
  Stream<DynamicTest> highlight() {
    return cases("highlight", (area, at) -> highlights(connection.server.getTextDocumentService()
        .documentHighlight(new DocumentHighlightParams(at.document(), at.position())).get(10, TimeUnit.SECONDS)));
  }

  @TestFactory
  Stream<DynamicTest> references() {
    return cases("references", (area, at) -> "with the declaration\n" + render(area, references(at, true))
        + "uses only\n" + render(area, references(at, false)));
  }

  /** Hover at the marker: the range described and the text. */
  @TestFactory
  Stream<DynamicTest> hover() {
    return cases("hover", (area, at) -> {
      var hover = connection.server.getTextDocumentService()
          .hover(new HoverParams(at.document(), at.position())).get(10, TimeUnit.SECONDS);
      return hover == null ? "(no hover)\n"
          : Rendering.range(hover.getRange()) + " " + hover.getContents().getRight().getValue() + "\n";
    });
  }

  /**
   * Completion at the marker: each proposal's label, kind and detail, in the order given; then,
   * for a case with a line {@code # resolve: LABEL}, that proposal's documentation as
   * {@code completionItem/resolve} gives it.
   */
  @TestFactory
  Stream<DynamicTest> completion() {
    return cases("completion", (area, at) -> {
      var list = connection.server.getTextDocumentService()
          .completion(new CompletionParams(at.document(), at.position())).get(10, TimeUnit.SECONDS).getRight();
      StringBuilder out = new StringBuilder();
      for (var item : list.getItems()) {
        out.append(item.getLabel()).append(' ').append(item.getKind()).append(' ').append(item.getDetail()).append('\n');
      }
      if (out.length() == 0) {
        return "(no proposals)\n";
      }
      Matcher resolve = Pattern.compile("# resolve: (\\S+)").matcher(opened);
      if (resolve.find()) {
        String label = resolve.group(1);
        var item = list.getItems().stream().filter(i -> i.getLabel().equals(label)).findFirst().orElseThrow();
        var resolved = connection.server.getTextDocumentService().resolveCompletionItem(item).get(10, TimeUnit.SECONDS);
        out.append("resolved ").append(label).append(":\n").append(resolved.getDocumentation() == null
            ? "(no documentation)\n" : resolved.getDocumentation().getRight().getValue());
      }
      return out.toString();
    });
  }

  /** Expand selection at the marker: every range from the innermost out, one per line. */
  @TestFactory
  Stream<DynamicTest> selection() {
    return cases("selection", (area, at) -> {
      List<SelectionRange> ranges = connection.server.getTextDocumentService()
          .selectionRange(new SelectionRangeParams(at.document(), List.of(at.position()))).get(10, TimeUnit.SECONDS);
      StringBuilder out = new StringBuilder();
      for (SelectionRange r = ranges.get(0); r != null; r = r.getParent()) {
        out.append(Rendering.range(r.getRange())).append('\n');
      }
      return out.toString();
    });
  }

  /**
   * Rename to the name on the case's first line ({@code # rename-to: NAME}): the renamed text, or
   * {@code refused: REASON} when the server declines; and what prepareRename says of the place.
   */
  @TestFactory
  Stream<DynamicTest> rename() {
    return cases("rename", (area, at) -> {
      String text = opened;
      String newName = text.substring("# rename-to: ".length(), text.indexOf('\n')).strip();
      var prepared = connection.server.getTextDocumentService()
          .prepareRename(new PrepareRenameParams(at.document(), at.position())).get(10, TimeUnit.SECONDS);
      String prepare = "prepare: " + (prepared == null ? "(nothing to rename)" : Rendering.range(prepared.getFirst())) + "\n";
      try {
        WorkspaceEdit edit = connection.server.getTextDocumentService()
            .rename(new RenameParams(at.document(), at.position(), newName)).get(10, TimeUnit.SECONDS);
        return prepare + Rendering.applied(text, edit.getChanges().get(at.document().getUri()));
      } catch (ExecutionException e) {
        return prepare + "refused: " + e.getCause().getMessage() + "\n";
      }
    });
  }

  /**
   * Quick fixes at the marker: each action's title, kind, whether it is preferred, the diagnostic
   * it fixes and the fixed text. Each fixed text is checked again: it must parse and no longer
   * have the diagnostic the action names.
   */
  @TestFactory
  Stream<DynamicTest> codeActions() {
    return cases("code-actions", (area, at) -> {
      var actions = connection.server.getTextDocumentService()
          .codeAction(new CodeActionParams(at.document(), new Range(at.position(), at.position()),
              new CodeActionContext(List.of()))).get(10, TimeUnit.SECONDS);
      StringBuilder out = new StringBuilder();
      for (var either : actions) {
        CodeAction action = either.getRight();
        Diagnostic fixed = action.getDiagnostics().get(0);
        String text = Rendering.applied(opened, action.getEdit().getChanges().get(at.document().getUri()));
        QuickFixCheck.assertFixes(Path.of(URI.create(at.document().getUri())), opened, text, fixed, action.getTitle());
        out.append("action: ").append(action.getTitle()).append('\n')
            .append("  kind: ").append(action.getKind()).append(action.getIsPreferred() ? ", preferred" : "").append('\n')
            .append("  fixes: ").append(Rendering.range(fixed.getRange())).append(" [").append(fixed.getCode().getLeft())
            .append("] ").append(fixed.getMessage().getLeft()).append('\n');
        text.lines().forEach(line -> out.append("  | ").append(line).append('\n'));
      }
      return out.length() == 0 ? "(no actions)\n" : out.toString();
    });
  }

  private static List<? extends Location> references(Cursor at, boolean declaration) throws Exception {
    return connection.server.getTextDocumentService()
        .references(new ReferenceParams(at.document(), at.position(), new ReferenceContext(declaration)))
        .get(10, TimeUnit.SECONDS);
  }

  /** A case's document and the position of its marker. */
  private record Cursor(TextDocumentIdentifier document, Position position) {}

  @FunctionalInterface
  private interface Request {
    String answer(Path area, Cursor at) throws Exception;
  }

  private static Stream<DynamicTest> cases(String area, Request request) {
    Path root = resource(area);
    return marked(root).stream().map(file -> DynamicTest.dynamicTest(area + "/" + root.relativize(file), () -> {
      String marked = Golden.read(file);
      int marker = marked.indexOf(CURSOR);
      String text = marked.substring(0, marker) + marked.substring(marker + CURSOR.length());
      String before = marked.substring(0, marker);
      Position position = new Position((int) before.chars().filter(c -> c == '\n').count(),
          before.length() - before.lastIndexOf('\n') - 1);
      String uri = file.toUri().toString();
      connection.open(uri, text);
      opened = text;
      try {
        Golden.check(file, ".expected", request.answer(root, new Cursor(new TextDocumentIdentifier(uri), position)));
      } finally {
        connection.close(uri);
      }
    }));
  }

  private static String render(Path area, List<? extends Location> locations) {
    StringBuilder out = new StringBuilder();
    for (Location location : locations) {
      Path file = Path.of(URI.create(location.getUri()));
      out.append(area.relativize(file)).append(':').append(Rendering.range(location.getRange())).append('\n');
    }
    return out.length() == 0 ? "(no locations)\n" : out.toString();
  }

  private static String highlights(List<? extends DocumentHighlight> highlights) {
    StringBuilder out = new StringBuilder();
    for (DocumentHighlight highlight : highlights) {
      out.append(Rendering.range(highlight.getRange())).append(' ').append(highlight.getKind()).append('\n');
    }
    return out.length() == 0 ? "(no highlights)\n" : out.toString();
  }

  /** The case files of an area: {@code .nix} files anywhere below it that hold the marker. */
  private static List<Path> marked(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> cases = files.filter(p -> p.toString().endsWith(".nix"))
          .filter(p -> Golden.read(p).contains(CURSOR)).sorted().toList();
      assertTrue(!cases.isEmpty(), "no cases under " + root);
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path resource(String area) {
    try {
      return Path.of(NavigationGoldenTest.class.getResource("/" + area).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
