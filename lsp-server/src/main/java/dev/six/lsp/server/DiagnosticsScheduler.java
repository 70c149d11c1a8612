package dev.six.lsp.server;

import dev.six.lsp.ide.DocumentAnalysis;
import dev.six.lsp.ide.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.services.LanguageClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a document's diagnostics a short while after its last edit: typing produces a burst of
 * changes, and checking each would only publish results that are stale on arrival. A newer edit
 * replaces a pending check, and a result is published only while its text is still the latest,
 * so the editor never shows problems of a text it no longer has. What is published for a file is
 * the union of its static diagnostics (while it is open) and its evaluation diagnostics (from the
 * last evaluation of the roots that read it, open or not), either replaced without the other.
 */
final class DiagnosticsScheduler {
  private static final Logger LOG = LoggerFactory.getLogger(DiagnosticsScheduler.class);

  private final OpenDocuments documents;
  private volatile long delayMillis;
  private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
    Thread thread = new Thread(runnable, "six-lsp-diagnostics");
    thread.setDaemon(true);
    return thread;
  });
  private final ConcurrentMap<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
  private volatile LanguageClient client;
  // guarded by this: the last of each kind, by URI
  private final Map<String, PublishDiagnosticsParams> staticDiagnostics = new HashMap<>();
  /** The text each of those was found in: what the editor shows when they are published. */
  private final Map<String, SourceText> staticTexts = new HashMap<>();
  private final Map<String, List<org.eclipse.lsp4j.Diagnostic>> evaluationDiagnostics = new HashMap<>();

  DiagnosticsScheduler(OpenDocuments documents, long delayMillis) {
    this.documents = documents;
    this.delayMillis = delayMillis;
    timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    timer.setRemoveOnCancelPolicy(true);
  }

  void connect(LanguageClient client) {
    this.client = client;
  }

  /** How long checks wait after an edit from now on (a setting). */
  void setDelayMillis(long millis) {
    delayMillis = millis;
  }

  /** Replaces the evaluation diagnostics of {@code uri} (empty: none) and publishes the union. */
  synchronized void setEvaluationDiagnostics(String uri, List<org.eclipse.lsp4j.Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      evaluationDiagnostics.remove(uri);
    } else {
      evaluationDiagnostics.put(uri, List.copyOf(diagnostics));
    }
    publishUnion(uri);
  }

  /**
   * Publishes what is known of {@code uri}: its static diagnostics, then the evaluation's that do
   * not repeat one of them (a syntax error is found by both).
   */
  private void publishUnion(String uri) {
    PublishDiagnosticsParams known = staticDiagnostics.get(uri);
    List<org.eclipse.lsp4j.Diagnostic> all = new ArrayList<>(known == null ? List.of() : known.getDiagnostics());
    SourceText shown = staticTexts.get(uri);
    for (org.eclipse.lsp4j.Diagnostic found : evaluationDiagnostics.getOrDefault(uri, List.of())) {
      // found in the saved text: in an open document edited since, kept inside the text the
      // editor has (the protocol's version says which text the ranges belong to)
      org.eclipse.lsp4j.Diagnostic d = shown == null ? found : within(found, shown);
      boolean repeated = false;
      for (org.eclipse.lsp4j.Diagnostic s : known == null ? List.<org.eclipse.lsp4j.Diagnostic>of() : known.getDiagnostics()) {
        repeated |= s.getRange().getStart().equals(d.getRange().getStart()) && s.getMessage().equals(d.getMessage());
      }
      if (!repeated) {
        all.add(d);
      }
    }
    publish(known == null ? new PublishDiagnosticsParams(uri, all) : new PublishDiagnosticsParams(uri, all, known.getVersion()));
  }

  /** {@code d} with its range moved inside {@code text} (a line or column past the end is the end). */
  private static org.eclipse.lsp4j.Diagnostic within(org.eclipse.lsp4j.Diagnostic d, SourceText text) {
    Range r = d.getRange();
    int start = text.offset(r.getStart().getLine(), r.getStart().getCharacter());
    int end = Math.max(start, text.offset(r.getEnd().getLine(), r.getEnd().getCharacter()));
    Range inside = LspTypes.range(text, start, end);
    if (inside.equals(r)) {
      return d;
    }
    org.eclipse.lsp4j.Diagnostic moved = new org.eclipse.lsp4j.Diagnostic();
    moved.setRange(inside);
    moved.setMessage(d.getMessage());
    moved.setSeverity(d.getSeverity());
    moved.setSource(d.getSource());
    moved.setCode(d.getCode());
    moved.setCodeDescription(d.getCodeDescription());
    moved.setTags(d.getTags());
    moved.setRelatedInformation(d.getRelatedInformation());
    moved.setData(d.getData());
    return moved;
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

  /** Drops any pending check of {@code uri} and its static diagnostics; what evaluation found there stays. */
  void clear(String uri) {
    ScheduledFuture<?> previous = pending.remove(uri);
    if (previous != null) {
      previous.cancel(false);
    }
    synchronized (this) {
      staticDiagnostics.remove(uri);
      staticTexts.remove(uri);
      publishUnion(uri);
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
      DocumentAnalysis analysis = document.checked();
      List<org.eclipse.lsp4j.Diagnostic> diagnostics = new ArrayList<>();
      for (var d : analysis.diagnostics()) {
        diagnostics.add(LspTypes.diagnostic(d, document.source(), document.uri()));
      }
      // Checked again under the lock clear() takes: a document closed or edited meanwhile keeps
      // the editor's view (cleared, or the newer check's result).
      synchronized (this) {
        if (documents.isCurrent(document)) {
          staticDiagnostics.put(document.uri(), new PublishDiagnosticsParams(document.uri(), diagnostics, document.version()));
          staticTexts.put(document.uri(), document.source());
          publishUnion(document.uri());
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
