package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.junit.jupiter.api.Test;

/**
 * {@code $/cancelRequest}: a request the client cancels is answered with RequestCancelled and its
 * work never runs, and the server goes on answering.
 */
class CancellationTest {
  private static final String URI = "file:///six-test/cancel.nix";

  @Test
  void aCancelledRequestIsAnsweredAsCancelledAndNeverRuns() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    ExecutorService worker = Executors.newSingleThreadExecutor();
    AtomicInteger ran = new AtomicInteger();
    // The one worker waits at the gate, so the request is still queued when the cancel arrives.
    Executor gated = command -> worker.execute(() -> {
      try {
        gate.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      // counted before it runs: the answer of the last one can reach the test before run() returns
      ran.incrementAndGet();
      command.run();
    });
    try (LspConnection connection = LspConnection.start(new ServerOptions(20, gated))) {
      connection.initialize();
      connection.open(URI, "{ a = 1; b = { c = 2; }; }");
      var request = connection.server.getTextDocumentService()
          .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(URI)));
      assertTrue(request.cancel(true));

      ResponseMessage answer = awaitError(connection);
      assertEquals(ResponseErrorCode.RequestCancelled.getValue(), answer.getError().getCode());

      gate.countDown();
      var symbols = connection.server.getTextDocumentService()
          .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(URI))).get(10, TimeUnit.SECONDS);
      assertEquals("a Field 0:2-0:8 name 0:2-0:3\nb Namespace 0:9-0:24 name 0:9-0:10\n  c Field 0:15-0:21 name 0:15-0:16\n",
          Rendering.symbols(symbols));
      assertEquals(2, ran.get(), "both tasks were handed to the worker");
      assertFalse(connection.received.stream().anyMatch(m -> m instanceof ResponseMessage
          && ((ResponseMessage) m).getId().equals(answer.getId()) && ((ResponseMessage) m).getError() == null),
          "the cancelled request got no result");
      assertEquals(0, connection.shutdownAndExit());
    } finally {
      worker.shutdownNow();
    }
  }

  private static ResponseMessage awaitError(LspConnection connection) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      for (var message : connection.received) {
        if (message instanceof ResponseMessage && ((ResponseMessage) message).getError() != null) {
          return (ResponseMessage) message;
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no error response for the cancelled request");
  }
}
