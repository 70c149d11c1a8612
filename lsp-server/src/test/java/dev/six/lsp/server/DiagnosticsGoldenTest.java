package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each {@code diagnostics/<case>.nix} is opened in a running server; the diagnostics it publishes
 * must be {@code <case>.expected}, and closing the document must clear them.
 */
class DiagnosticsGoldenTest {
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
  Stream<DynamicTest> diagnostics() {
    return Golden.cases("diagnostics").stream().map(file -> DynamicTest.dynamicTest("diagnostics/" + file.getFileName(), () -> check(file)));
  }

  private static void check(Path file) throws Exception {
    // A path that exists nowhere: messages name the file, and must not depend on the checkout.
    String uri = "file:///six-test/diagnostics/" + file.getFileName();
    connection.open(uri, Golden.read(file));
    PublishDiagnosticsParams published = connection.client.nextDiagnostics(uri);
    assertEquals(1, published.getVersion());
    Golden.check(file, ".expected", Rendering.diagnostics(published.getDiagnostics()));
    connection.close(uri);
    assertTrue(connection.client.nextDiagnostics(uri).getDiagnostics().isEmpty(), "closing clears the diagnostics");
  }
}
