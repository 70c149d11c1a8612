package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Semantic tokens through a running server whose workspace is {@code semantic-tokens/} (so its
 * {@code svcs/by-name} services are the workspace's services). Every {@code .nix} file below it
 * is a case, opened under its own {@code file:} URI; {@code <case>.expected} lists the decoded
 * tokens of {@code semanticTokens/full}, one per line ({@code line:col len type [modifiers] 'text'}).
 * A case whose first line is {@code # range: L:C-L:C} also lists what {@code semanticTokens/range}
 * answers for that range.
 */
class SemanticTokensGoldenTest {
  private static final Pattern RANGE = Pattern.compile("# range: (\\d+):(\\d+)-(\\d+):(\\d+)");

  private static LspConnection connection;
  private static SemanticTokensLegend legend;

  @BeforeAll
  static void start() throws Exception {
    connection = LspConnection.start();
    InitializeParams params = new InitializeParams();
    params.setCapabilities(new ClientCapabilities());
    params.setWorkspaceFolders(List.of(new WorkspaceFolder(area().toUri().toString(), "semantic-tokens")));
    legend = connection.server.initialize(params).get(10, TimeUnit.SECONDS).getCapabilities()
        .getSemanticTokensProvider().getLegend();
    connection.server.initialized(new InitializedParams());
    // answered once the first indexing is done: from then on the workspace's services are known
    connection.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("")).get(60, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    assertEquals(0, connection.shutdownAndExit());
    connection.close();
  }

  @TestFactory
  Stream<DynamicTest> semanticTokens() {
    Path root = area();
    return cases(root).stream().map(file -> DynamicTest.dynamicTest("semantic-tokens/" + root.relativize(file), () -> {
      String text = Golden.read(file);
      String uri = file.toUri().toString();
      connection.open(uri, text);
      try {
        TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
        var full = connection.server.getTextDocumentService()
            .semanticTokensFull(new SemanticTokensParams(document)).get(10, TimeUnit.SECONDS);
        assertFalse(full.getResultId() == null, "a full result has an id for later deltas");
        StringBuilder out = new StringBuilder(Rendering.semanticTokens(full.getData(), legend, text));
        Matcher range = RANGE.matcher(text);
        if (range.lookingAt()) {
          Range r = new Range(new Position(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2))),
              new Position(Integer.parseInt(range.group(3)), Integer.parseInt(range.group(4))));
          var inRange = connection.server.getTextDocumentService()
              .semanticTokensRange(new SemanticTokensRangeParams(document, r)).get(10, TimeUnit.SECONDS);
          out.append("range ").append(Rendering.range(r)).append('\n')
              .append(Rendering.semanticTokens(inRange.getData(), legend, text));
        }
        Golden.check(file, ".expected", out.toString());
      } finally {
        connection.close(uri);
      }
    }));
  }

  private static List<Path> cases(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".nix")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path area() {
    try {
      return Path.of(SemanticTokensGoldenTest.class.getResource("/semantic-tokens").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
