package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each {@code features/<case>.nix} is opened in a running server and asked for its outline
 * ({@code <case>.symbols}) and its folding ranges ({@code <case>.folding}).
 */
class FeaturesGoldenTest {
  private static LspConnection connection;

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
  Stream<DynamicTest> documentSymbols() {
    return Golden.cases("features").stream().map(file -> DynamicTest.dynamicTest("features/" + file.getFileName() + " symbols", () -> {
      String uri = open(file);
      var symbols = connection.server.getTextDocumentService()
          .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(10, TimeUnit.SECONDS);
      connection.close(uri);
      Golden.check(file, ".symbols", Rendering.symbols(symbols));
    }));
  }

  @TestFactory
  Stream<DynamicTest> foldingRanges() {
    return Golden.cases("features").stream().map(file -> DynamicTest.dynamicTest("features/" + file.getFileName() + " folding", () -> {
      String uri = open(file);
      var folds = connection.server.getTextDocumentService()
          .foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))).get(10, TimeUnit.SECONDS);
      connection.close(uri);
      Golden.check(file, ".folding", Rendering.folds(folds));
    }));
  }

  private static String open(Path file) {
    String uri = "file:///six-test/features/" + file.getFileName();
    connection.open(uri, Golden.read(file));
    return uri;
  }
}
