package dev.six.lsp.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * An editor that says nothing back: messages, logs and telemetry are dropped, configuration is
 * answered with no settings, diagnostics are ignored. What drives the server without a user (the
 * class-data training session, process tests) extends it and keeps only what it looks at.
 */
public class QuietClient implements LanguageClient {
  @Override
  public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
  }

  @Override
  public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
    List<Object> none = new ArrayList<>();
    params.getItems().forEach(item -> none.add(null));
    return CompletableFuture.completedFuture(none);
  }

  @Override
  public void telemetryEvent(Object object) {
  }

  @Override
  public void showMessage(MessageParams params) {
  }

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void logMessage(MessageParams params) {
  }
}
