package dev.six.lsp.server;

import dev.six.lsp.index.SyncListener;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editor's progress indicator while the workspace index is built: a token created with
 * {@code window/workDoneProgress/create}, then {@code $/progress} begin, a report each time the
 * share of files done grows by a percent ("120/480 files"), and end. Made only for a client that
 * announced {@code window.workDoneProgress}; if the client refuses the token, nothing is sent.
 * Runs on the indexing thread.
 */
final class IndexProgress implements SyncListener {
  private static final Logger LOG = LoggerFactory.getLogger(IndexProgress.class);
  private static final AtomicLong TOKENS = new AtomicLong();
  /** How long to wait for the client to accept the token before indexing without progress. */
  private static final long CREATE_TIMEOUT_SECONDS = 10;

  private final LanguageClient client;
  private final Either<String, Integer> token;
  private int lastPercentage = -1;
  private int total;

  private IndexProgress(LanguageClient client, Either<String, Integer> token) {
    this.client = client;
    this.token = token;
  }

  /** Progress shown by {@code client}, begun with {@code title}; empty if the client refuses the token. */
  static Optional<IndexProgress> begin(LanguageClient client, String title) {
    Either<String, Integer> token = Either.forLeft("six-index-" + TOKENS.incrementAndGet());
    try {
      client.createProgress(new WorkDoneProgressCreateParams(token)).get(CREATE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (Exception refused) {
      LOG.debug("no progress for indexing: {}", refused.toString());
      return Optional.empty();
    }
    WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
    begin.setTitle(title);
    begin.setCancellable(false);
    begin.setMessage("looking for .nix files");
    begin.setPercentage(0);
    IndexProgress progress = new IndexProgress(client, token);
    progress.send(Either.forLeft(begin));
    return Optional.of(progress);
  }

  @Override
  public void found(int files) {
    total = files;
    report(0);
  }

  @Override
  public void indexed(Path file, int done, int total) {
    report(done);
  }

  /** Ends the progress with {@code message}. */
  void end(String message) {
    WorkDoneProgressEnd end = new WorkDoneProgressEnd();
    end.setMessage(message);
    send(Either.forLeft(end));
  }

  private void report(int done) {
    int percentage = total == 0 ? 100 : (int) (100L * done / total);
    if (percentage <= lastPercentage) {
      return;
    }
    lastPercentage = percentage;
    WorkDoneProgressReport report = new WorkDoneProgressReport();
    report.setMessage(done + "/" + total + " files");
    report.setPercentage(percentage);
    send(Either.forLeft(report));
  }

  private void send(Either<org.eclipse.lsp4j.WorkDoneProgressNotification, Object> value) {
    client.notifyProgress(new ProgressParams(token, value));
  }
}
