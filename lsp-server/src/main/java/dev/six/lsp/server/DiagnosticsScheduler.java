package dev.six.lsp.server;

import dev.six.lsp.ide.DocumentAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a document's diagnostics a short while after its last edit: typing produces a burst of
 * changes, and checking each would only publish results that are stale on arrival. A newer edit
 * replaces a pending check, and a result is published only while its text is still the latest,
 * so the editor never shows problems of a text it no longer has.
 */
final class DiagnosticsScheduler {
  private static final Logger LOG = LoggerFactory.getLogger(DiagnosticsScheduler.class);

  private final OpenDocuments documents;
  private final long delayMillis;
  private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
    Thread thread = new Thread(runnable, "six-lsp-diagnostics");
    thread.setDaemon(true);
    return thread;
  });
  private final ConcurrentMap<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
  private volatile LanguageClient client;

  DiagnosticsScheduler(OpenDocuments documents, long delayMillis) {
    this.documents = documents;
    this.delayMillis = delayMillis;
    timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    timer.setRemoveOnCancelPolicy(true);
  }

  void connect(LanguageClient client) {
    this.client = client;
  }

  /** Checks {@code document} after the delay, unless a newer version arrives first. */
  void schedule(OpenDocument document) {
    if (timer.isShutdown()) {
      return;
    }
    pending.compute(document.uri(), (uri, previous) -> {
      if (previous != null) {
        previous.cancel(false);
      }
      return timer.schedule(() -> check(document), delayMillis, TimeUnit.MILLISECONDS);
    });
  }

  /** Drops any pending check of {@code uri} and clears its diagnostics in the editor. */
  void clear(String uri) {
    ScheduledFuture<?> previous = pending.remove(uri);
    if (previous != null) {
      previous.cancel(false);
    }
    synchronized (this) {
      publish(new PublishDiagnosticsParams(uri, List.of()));
    }
  }

  /**
   * Drops the checks not yet started. A running one is left to finish, not interrupted: an
   * interrupt while it writes to the client would close an interruptible output channel.
   */
  void stop() {
    timer.shutdown();
  }

  private void check(OpenDocument document) {
    if (!documents.isCurrent(document)) {
      return;
    }
    try {
      DocumentAnalysis analysis = DocumentAnalysis.of(document.source(), document.context());
      List<org.eclipse.lsp4j.Diagnostic> diagnostics = new ArrayList<>();
      for (var d : analysis.diagnostics()) {
        diagnostics.add(LspTypes.diagnostic(d, document.source(), document.uri()));
      }
      // Checked again under the lock clear() takes: a document closed or edited meanwhile keeps
      // the editor's view (cleared, or the newer check's result).
      synchronized (this) {
        if (documents.isCurrent(document)) {
          publish(new PublishDiagnosticsParams(document.uri(), diagnostics, document.version()));
        }
      }
    } catch (RuntimeException e) {
      LOG.error("checking {} failed", document.uri(), e);
    }
  }

  private void publish(PublishDiagnosticsParams params) {
    LanguageClient target = client;
    if (target != null) {
      target.publishDiagnostics(params);
    }
  }
}
