package dev.six.lsp.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the editor, through work-done progress ({@code $/progress}), that the workspace is being
 * indexed and when the index is ready, so that it can show a spinner and a user (or a benchmark)
 * can see when workspace-wide answers become complete. Only clients that announce
 * {@code window.workDoneProgress} are sent anything; the server creates each token first and
 * sends the begin and end notifications only once the client has accepted it, in that order.
 */
final class IndexProgress {
  private static final Logger LOG = LoggerFactory.getLogger(IndexProgress.class);

  /** One indexing run as the editor sees it; {@link #end} closes it. */
  interface Run {
    void end(String message);
  }

  private static final Run SILENT = message -> {};

  private final AtomicInteger runs = new AtomicInteger();
  /**
   * Where the notifications are written from: one thread, so they leave in order, and never the
   * indexing thread, which shutdown interrupts (an interrupt during a write closes an
   * interruptible channel under the whole connection). It ends when idle.
   */
  private final ThreadPoolExecutor sender = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
      runnable -> {
        Thread thread = new Thread(runnable, "six-lsp-progress");
        thread.setDaemon(true);
        return thread;
      });
  private volatile LanguageClient client;
  private volatile boolean supported;

  void connect(LanguageClient client) {
    this.client = client;
  }

  /** Whether the client accepts server-initiated progress (its {@code window.workDoneProgress}). */
  void enable(boolean clientSupportsProgress) {
    this.supported = clientSupportsProgress;
  }

  /** Whether the client that sent {@code params} announced {@code window.workDoneProgress}. */
  static boolean supportedBy(InitializeParams params) {
    ClientCapabilities capabilities = params.getCapabilities();
    WindowClientCapabilities window = capabilities == null ? null : capabilities.getWindow();
    return window != null && Boolean.TRUE.equals(window.getWorkDoneProgress());
  }

  /** Starts a progress titled {@code title}; the returned run must be ended even when indexing fails. */
  Run begin(String title, String message) {
    LanguageClient target = client;
    if (!supported || target == null) {
      return SILENT;
    }
    Either<String, Integer> token = Either.forLeft("six/index/" + runs.incrementAndGet());
    WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
    begin.setTitle(title);
    begin.setMessage(message);
    begin.setCancellable(false);
    // Each step waits for the one before: the client must know the token before any $/progress,
    // and must see begin before end even when indexing finishes before it has answered.
    CompletableFuture<Void> begun = CompletableFuture
        .supplyAsync(() -> target.createProgress(new WorkDoneProgressCreateParams(token)), sender)
        .thenCompose(created -> created)
        .thenRunAsync(() -> target.notifyProgress(new ProgressParams(token, Either.forLeft(begin))), sender);
    return endMessage -> begun.whenCompleteAsync((ok, refused) -> {
      if (refused != null) {
        LOG.debug("the client refused progress token {}: {}", token.getLeft(), refused.toString());
        return;
      }
      WorkDoneProgressEnd end = new WorkDoneProgressEnd();
      end.setMessage(endMessage);
      target.notifyProgress(new ProgressParams(token, Either.forLeft(end)));
    }, sender);
  }
}
