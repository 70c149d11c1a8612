package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.lsp.Directories;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.six.grammar.diagnostic.DiagnosticKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.SemanticTokensCapabilities;
import org.eclipse.lsp4j.SemanticTokensClientCapabilitiesRequests;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak test (issue 7): thousands of random edits and requests on a copy of the corpus, as an
 * editor sends them, must neither stop the server nor make it fail a request, nor let its
 * retained heap grow, and at the end it must still answer about a file the run never touched,
 * from that file's text, exactly as it did at the start. Every request the server announces is
 * exercised (see {@link SoakRequests}). The run is decided by a seed: {@code -Dsoak.seed=N} repeats one (a
 * failure prints its seed), {@code -Dsoak.operations=N} sets the length (500 by default, for
 * CI; {@code bench/run-soak} runs 10,000).
 */
class SoakTest {
  private static final Path CORPUS = Path.of("..", "corpus").toAbsolutePath().normalize();
  /** Never opened or written by the run: the file whose answers must not change. */
  private static final String UNTOUCHED = "site/hosts/router.nix";
  private static final int PHASES = 10;
  /**
   * How much the retained heap may grow over the run after its first two phases (caches filling:
   * the index, each root's latest evaluation), as the trend of the checkpoints projects it: half
   * a KB per operation, at least 8 MB. Measured trends: clean runs -2 to +2 MB (caches plateau);
   * keeping every analysed text version, a typical leak, +24 MB over 10,000 operations. A short
   * run catches only gross leaks.
   */
  private static final long HEAP_FLOOR_BYTES = 8L << 20;
  private static final long HEAP_BYTES_PER_OPERATION = 512;
  /** The checkpoints the trend is taken over: after caches have filled. */
  private static final int TREND_FROM = 2;

  @TempDir
  Path temp;

  @Test
  void randomEditsAndRequestsNeitherStopTheServerNorGrowItsHeap() throws Exception {
    int operations = Integer.getInteger("soak.operations", 500);
    long seed = Long.getLong("soak.seed", new Random().nextLong());
    Path workspace = Directories.copy(CORPUS, temp.resolve("corpus"));
    ServerOptions options = new ServerOptions(20, Executors.newFixedThreadPool(2, runnable -> {
      Thread thread = new Thread(runnable, "soak-request-worker");
      thread.setDaemon(true);
      return thread;
    }), temp.resolve("index"));
    long started = System.nanoTime();
    try (ServerErrorLog errors = new ServerErrorLog(); LspConnection connection = LspConnection.start(options)) {
      ServerCapabilities capabilities = initialize(connection, workspace);
      awaitIndexed(connection, capabilities);
      SoakRequests requests = new SoakRequests(connection.server, capabilities);
      assertEquals(Set.of(), SoakRequests.unexercised(capabilities, requests),
          "capabilities the soak test does not know how to exercise: teach SoakRequests");

      List<SoakDocument> documents = new ArrayList<>();
      List<String> fragments = new ArrayList<>();
      SoakDocument untouched = null;
      for (Path file : nixFiles(workspace)) {
        SoakDocument document = new SoakDocument(file, Files.readString(file, StandardCharsets.UTF_8));
        fragments.add(document.original);
        if (workspace.relativize(file).toString().equals(UNTOUCHED)) {
          untouched = document;
        } else {
          documents.add(document);
        }
      }
      assertTrue(untouched != null, UNTOUCHED + " is in the corpus");
      SoakSession session = new SoakSession(connection, requests, new Random(seed), workspace, documents, fragments, errors);
      try {
        Answers before = answers(connection, untouched, session.nextVersion());
        List<Long> heap = new ArrayList<>();
        for (int phase = 0; phase < PHASES; phase++) {
          for (int i = 0; i < operations / PHASES; i++) {
            session.step();
          }
          session.checkpoint();
          heap.add(retainedHeap());
        }
        session.closeAll();
        session.checkpoint();

        assertEquals(before, answers(connection, untouched, session.nextVersion()), "answers about " + UNTOUCHED);
        assertTrue(before.definition().contains(UNTOUCHED + " 5:2-5:9"), "lanAddr's use leads to its let binding: " + before);
        if (capabilities.getWorkspaceSymbolProvider() != null) {
          var symbols = connection.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("lanAddr"))
              .get(30, TimeUnit.SECONDS).getRight();
          String untouchedUri = untouched.uri;
          assertTrue(symbols.stream().anyMatch(s -> s.getLocation().getLeft().getUri().equals(untouchedUri)),
              "the index still has " + UNTOUCHED + "'s let binding: " + symbols);
        }
        long growth = projectedGrowth(heap);
        long allowed = Math.max(HEAP_FLOOR_BYTES, HEAP_BYTES_PER_OPERATION * operations);
        System.out.printf("soak: seed %d, %d operations in %.1f s %s; retained heap by phase (MB) %s, trend %+.1f MB%n", seed,
            operations, (System.nanoTime() - started) / 1e9, new TreeMap<>(session.counts()),
            heap.stream().map(b -> String.valueOf(b >> 20)).toList(), growth / 1048576.0);
        assertTrue(growth <= allowed, "retained heap grows: " + (growth >> 20) + " MB over the run by its trend (allowed: "
            + (allowed >> 20) + " MB), by phase: " + heap);
        assertEquals(0, connection.shutdownAndExit());
        assertFalse(connection.exitCode.isCompletedExceptionally());
      } catch (Throwable failure) {
        throw new AssertionError("soak test failed; repeat it with -Dsoak.seed=" + seed + " -Dsoak.operations=" + operations
            + "\nlast operations:\n" + session.recentOperations(), failure);
      }
    }
  }

  /**
   * What the server says about {@code document} from its text alone: its static diagnostics, a
   * definition, its outline, and whether a hover answers. (What evaluation says about it depends on
   * the other files, which the run changes on disk: its diagnostics and the values in hovers.)
   */
  private record Answers(String diagnostics, String definition, String symbols, boolean hover) {}

  private static final Set<String> STATIC_CODES = Arrays.stream(DiagnosticKind.values()).map(DiagnosticKind::code)
      .collect(Collectors.toSet());

  private static Answers answers(LspConnection connection, SoakDocument document, int version) throws Exception {
    var documents = connection.server.getTextDocumentService();
    documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(document.uri, "nix", version, document.original)));
    String diagnostics;
    while (true) {
      var published = connection.client.nextDiagnostics(document.uri);
      if (published.getVersion() != null && published.getVersion() == version) {
        diagnostics = Rendering.diagnostics(published.getDiagnostics().stream()
            .filter(d -> d.getCode() != null && STATIC_CODES.contains(d.getCode().getLeft())).toList());
        break;
      }
    }
    TextDocumentIdentifier id = new TextDocumentIdentifier(document.uri);
    // the second lanAddr is a use of the let binding on line 6
    Position use = document.position(document.original.indexOf("lanAddr", document.original.indexOf("lanAddr") + 1));
    StringBuilder definition = new StringBuilder();
    for (Location l : documents.definition(new DefinitionParams(id, use)).get(30, TimeUnit.SECONDS).getLeft()) {
      String file = l.getUri().equals(document.uri) ? UNTOUCHED : l.getUri();
      definition.append(file).append(' ').append(Rendering.range(l.getRange())).append('\n');
    }
    String symbols = Rendering.symbols(documents.documentSymbol(new DocumentSymbolParams(id)).get(30, TimeUnit.SECONDS));
    Hover hover = documents.hover(new HoverParams(id, use)).get(30, TimeUnit.SECONDS);
    documents.didClose(new DidCloseTextDocumentParams(id));
    return new Answers(diagnostics, definition.toString(), symbols, hover != null);
  }

  private static ServerCapabilities initialize(LspConnection connection, Path workspace) throws Exception {
    InitializeParams params = new InitializeParams();
    params.setCapabilities(editorCapabilities());
    params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "corpus")));
    ServerCapabilities capabilities = connection.server.initialize(params).get(30, TimeUnit.SECONDS).getCapabilities();
    connection.server.initialized(new InitializedParams());
    return capabilities;
  }

  /** What a capable editor announces, so that the server enables everything it would for one. */
  private static ClientCapabilities editorCapabilities() {
    WindowClientCapabilities window = new WindowClientCapabilities();
    window.setWorkDoneProgress(true);
    TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
    PublishDiagnosticsCapabilities diagnostics = new PublishDiagnosticsCapabilities(true);
    diagnostics.setVersionSupport(true);
    text.setPublishDiagnostics(diagnostics);
    text.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT), false));
    DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
    symbols.setHierarchicalDocumentSymbolSupport(true);
    text.setDocumentSymbol(symbols);
    text.setRename(new RenameCapabilities(true, false));
    text.setCodeAction(new CodeActionCapabilities(new CodeActionLiteralSupportCapabilities(new CodeActionKindCapabilities(
        List.of(CodeActionKind.QuickFix, CodeActionKind.Refactor, CodeActionKind.Source))), false));
    text.setSemanticTokens(new SemanticTokensCapabilities(new SemanticTokensClientCapabilitiesRequests(true, true),
        List.of("namespace", "type", "class", "enum", "interface", "struct", "typeParameter", "parameter", "variable",
            "property", "enumMember", "event", "function", "method", "macro", "keyword", "modifier", "comment", "string",
            "number", "regexp", "operator", "decorator"),
        List.of("declaration", "definition", "readonly", "static", "deprecated", "abstract", "async", "modification",
            "documentation", "defaultLibrary"),
        List.of("relative")));
    ClientCapabilities capabilities = new ClientCapabilities();
    capabilities.setWindow(window);
    capabilities.setTextDocument(text);
    return capabilities;
  }

  /**
   * Waits until the first indexing of the workspace has ended, so every run starts from the same
   * index: workspace symbols are answered only once it has.
   */
  private static void awaitIndexed(LspConnection connection, ServerCapabilities capabilities) throws Exception {
    if (capabilities.getWorkspaceSymbolProvider() != null) {
      connection.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("")).get(60, TimeUnit.SECONDS);
    }
  }

  /**
   * The growth the checkpoints from {@link #TREND_FROM} on show, by their Theil-Sen slope (the
   * median of the slopes between every two of them, which one outlying checkpoint cannot move).
   */
  private static long projectedGrowth(List<Long> heap) {
    List<Double> slopes = new ArrayList<>();
    for (int i = TREND_FROM; i < heap.size(); i++) {
      for (int j = i + 1; j < heap.size(); j++) {
        slopes.add((heap.get(j) - heap.get(i)) / (double) (j - i));
      }
    }
    slopes.sort(null);
    int n = slopes.size();
    double median = n % 2 == 1 ? slopes.get(n / 2) : (slopes.get(n / 2 - 1) + slopes.get(n / 2)) / 2;
    return (long) (median * (heap.size() - 1 - TREND_FROM));
  }

  /**
   * The heap still in use after full collections, once it is steady: background work the run
   * started (an evaluation after a save) holds memory while it runs, so collections are repeated
   * until two in a row agree within a MB (at most a second and a half), and the least is kept.
   */
  private static long retainedHeap() throws InterruptedException {
    long least = Long.MAX_VALUE;
    long previous = -1;
    for (int i = 0; i < 15; i++) {
      System.gc();
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      least = Math.min(least, used);
      if (previous >= 0 && Math.abs(used - previous) < (1 << 20)) {
        break;
      }
      previous = used;
      Thread.sleep(100);
    }
    return least;
  }

  private static List<Path> nixFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".nix") && Files.isRegularFile(p)).sorted().toList();
    }
  }
}
