package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.junit.jupiter.api.Test;

/** The protocol's lifecycle: what initialize announces, and the exit codes the protocol asks for. */
class LifecycleTest {

  @Test
  void initializeAnnouncesTheFeatures() throws Exception {
    try (LspConnection connection = LspConnection.start()) {
      InitializeResult result = connection.initialize();
      assertEquals("six", result.getServerInfo().getName());
      var capabilities = result.getCapabilities();
      assertEquals(TextDocumentSyncKind.Incremental, capabilities.getTextDocumentSync().getRight().getChange());
      assertTrue(capabilities.getTextDocumentSync().getRight().getOpenClose());
      assertTrue(capabilities.getDocumentSymbolProvider().getLeft());
      assertTrue(capabilities.getFoldingRangeProvider().getLeft());
      assertEquals(0, connection.shutdownAndExit());
    }
  }

  @Test
  void exitWithoutShutdownIsAnError() throws Exception {
    try (LspConnection connection = LspConnection.start()) {
      connection.initialize();
      connection.server.exit();
      assertEquals(1, connection.exitCode.get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void theEndOfInputEndsTheServer() throws Exception {
    LspConnection connection = LspConnection.start();
    connection.initialize();
    connection.close();
    assertEquals(1, connection.exitCode.get(10, TimeUnit.SECONDS));
  }
}
