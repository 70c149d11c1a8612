package dev.six.lsp.server;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The editor side of the end-to-end tests: a real LSP4J client endpoint that records what the
 * server publishes, so a test can wait for the diagnostics of one document, and the work-done
 * progress it reports.
 */
final class RecordingClient implements LanguageClient {
  private final ConcurrentMap<String, LinkedBlockingQueue<PublishDiagnosticsParams>> diagnostics = new ConcurrentHashMap<>();
  /** Every work-done progress token the server asked to create, and every $/progress, in order. */
  final List<String> progressTokens = new CopyOnWriteArrayList<>();
  final List<ProgressParams> progress = new CopyOnWriteArrayList<>();
  /** How many times the server asked for semantic tokens to be requested again. */
  final AtomicInteger semanticTokenRefreshes = new AtomicInteger();

  /** What the client answers to {@code workspace/configuration} (null: nothing configured). */
  volatile Object configurationAnswer;

  @Override
  public CompletableFuture<List<Object>> configuration(org.eclipse.lsp4j.ConfigurationParams params) {
    List<Object> answers = new java.util.ArrayList<>();
    params.getItems().forEach(item -> answers.add(configurationAnswer));
    return CompletableFuture.completedFuture(answers);
  }

  @Override
  public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
    progressTokens.add(params.getToken().getLeft());
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void notifyProgress(ProgressParams params) {
    progress.add(params);
  }

  @Override
  public CompletableFuture<Void> refreshSemanticTokens() {
    semanticTokenRefreshes.incrementAndGet();
    return CompletableFuture.completedFuture(null);
  }
  private final ConcurrentMap<String, PublishDiagnosticsParams> latest = new ConcurrentHashMap<>();
  private final LinkedBlockingQueue<String> logMessages = new LinkedBlockingQueue<>();

  @Override
  public void publishDiagnostics(PublishDiagnosticsParams params) {
    latest.put(params.getUri(), params);
    queue(params.getUri()).add(params);
  }

  /** The last diagnostics published for each URI so far: what an editor shows. */
  Map<String, PublishDiagnosticsParams> latestDiagnostics() {
    return Map.copyOf(latest);
  }

  /** Waits for a {@code window/logMessage} containing {@code text}; fails after {@code seconds}. */
  String awaitLogMessage(String text, int seconds) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (true) {
      String message = logMessages.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (message == null) {
        throw new AssertionError("no log message with '" + text + "'; threads:\n" + threadDump());
      }
      if (message.contains(text)) {
        return message;
      }
    }
  }

  /** Forgets the log messages received so far. */
  void clearLogMessages() {
    logMessages.clear();
  }

  /** The next diagnostics published for {@code uri}; fails after ten seconds without any. */
  PublishDiagnosticsParams nextDiagnostics(String uri) throws InterruptedException {
    PublishDiagnosticsParams params = queue(uri).poll(10, TimeUnit.SECONDS);
    if (params == null) {
      throw new AssertionError("no diagnostics published for " + uri + "; threads:\n" + threadDump());
    }
    return params;
  }

  /** Whether anything more is published for {@code uri} within {@code millis}. */
  PublishDiagnosticsParams diagnosticsWithin(String uri, long millis) throws InterruptedException {
    return queue(uri).poll(millis, TimeUnit.MILLISECONDS);
  }

  /** Where every thread is, so that a timeout says what the server was doing instead. */
  private static String threadDump() {
    StringBuilder out = new StringBuilder();
    Thread.getAllStackTraces().forEach((thread, stack) -> {
      out.append(thread.getName()).append(' ').append(thread.getState()).append('\n');
      for (StackTraceElement frame : stack) {
        out.append("    at ").append(frame).append('\n');
      }
    });
    return out.toString();
  }

  private LinkedBlockingQueue<PublishDiagnosticsParams> queue(String uri) {
    return diagnostics.computeIfAbsent(uri, key -> new LinkedBlockingQueue<>());
  }

  @Override
  public void telemetryEvent(Object object) {}

  @Override
  public void showMessage(MessageParams params) {}

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void logMessage(MessageParams params) {
    logMessages.add(params.getMessage());
  }
}
