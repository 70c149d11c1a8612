package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.junit.jupiter.api.Test;

/** The protocol's lifecycle: what initialize announces, refusals after shutdown, and the exit codes. */
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
  void requestsAfterShutdownAreRefused() throws Exception {
    try (LspConnection connection = LspConnection.start()) {
      connection.initialize();
      connection.open("file:///six-test/after.nix", "{ a = 1; }");
      connection.server.shutdown().get(10, TimeUnit.SECONDS);
      var request = connection.server.getTextDocumentService()
          .foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier("file:///six-test/after.nix")));
      ExecutionException refused = assertThrows(ExecutionException.class, () -> request.get(10, TimeUnit.SECONDS));
      assertEquals(ResponseErrorCode.InvalidRequest.getValue(),
          ((ResponseErrorException) refused.getCause()).getResponseError().getCode());
      connection.server.exit();
      assertEquals(0, connection.exitCode.get(10, TimeUnit.SECONDS));
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
