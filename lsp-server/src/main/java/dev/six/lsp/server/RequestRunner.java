package dev.six.lsp.server;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs requests off the message thread, so that a slow request never delays the notifications
 * (edits) behind it, and makes {@code $/cancelRequest} effective: a request cancelled while it
 * waits for a worker never starts, and one cancelled while running stops at its next check. A
 * request that fails is logged and answered with an error; it cannot take the server down. A
 * request the server declines (a {@link ResponseErrorException} with the reason) is no failure.
 */
final class RequestRunner {
  private static final Logger LOG = LoggerFactory.getLogger(RequestRunner.class);

  private final Executor workers;
  private volatile boolean stopped;

  RequestRunner(Executor workers) {
    this.workers = workers;
  }

  /** After {@code shutdown} the protocol allows only {@code exit}: later requests are refused. */
  void stop() {
    stopped = true;
  }

  <T> CompletableFuture<T> run(String method, Function<CancelChecker, T> work) {
    if (stopped) {
      return CompletableFuture.failedFuture(new ResponseErrorException(
          new ResponseError(ResponseErrorCode.InvalidRequest, method + " after shutdown", null)));
    }
    CompletableFuture<T> future = CompletableFutures.computeAsync(workers, cancel -> {
      cancel.checkCanceled();
      T result = work.apply(cancel);
      cancel.checkCanceled();
      return result;
    });
    future.whenComplete((result, failure) -> {
      Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
      if (cause instanceof CancellationException) {
        LOG.debug("{} cancelled", method);
      } else if (cause instanceof ResponseErrorException) {
        // a refusal the editor shows (no name to rename here, ...): the server works as meant
        LOG.debug("{} refused: {}", method, cause.getMessage());
      } else if (cause != null) {
        LOG.error("{} failed", method, cause);
      }
    });
    return future;
  }
}
