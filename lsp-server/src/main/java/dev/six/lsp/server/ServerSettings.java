package dev.six.lsp.server;

import dev.six.lsp.eval.EvaluationService;
import dev.six.lsp.eval.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.services.LanguageClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's settings as they change: first {@code initializationOptions}, then, after
 * {@code initialized} and on every {@code workspace/didChangeConfiguration}, the {@code six}
 * section pulled with {@code workspace/configuration} when the client offers it (else the settings
 * the notification carries). Each new value is applied where it matters: the diagnostics delay,
 * and the evaluation service, which starts over with it. Never waits on the client on the message
 * thread.
 */
final class ServerSettings {
  private static final Logger LOG = LoggerFactory.getLogger(ServerSettings.class);
  static final String SECTION = "six";

  private final DiagnosticsScheduler diagnostics;
  private final EvaluationService evaluation;
  private volatile LanguageClient client;
  private volatile boolean canPull;
  private volatile Path workspace;
  private Settings current; // guarded by this
  private Settings applied; // guarded by this: what the evaluation service was last configured with

  private volatile Consumer<Object> received = sent -> { };

  ServerSettings(DiagnosticsScheduler diagnostics, EvaluationService.Listener problems, ServerOptions options) {
    this.diagnostics = diagnostics;
    this.evaluation = new EvaluationService(problems);
    this.current = Settings.DEFAULTS.withDiagnosticsDelayMillis(options.diagnosticsDelayMillis())
        .withNixPath(entries(options.nixPath()));
  }

  /** {@code NIX_PATH}'s entries (the server's own, until the settings name others). */
  private static List<String> entries(String nixPath) {
    List<String> out = new java.util.ArrayList<>();
    if (nixPath != null) {
      for (String entry : nixPath.split(":")) {
        if (!entry.isEmpty()) {
          out.add(entry);
        }
      }
    }
    return out;
  }

  EvaluationService evaluation() {
    return evaluation;
  }

  synchronized Settings current() {
    return current;
  }

  void connect(LanguageClient languageClient) {
    this.client = languageClient;
  }

  /** Takes {@code initializationOptions} and whether the client answers {@code workspace/configuration}. */
  void initialize(InitializeParams params) {
    var capabilities = params.getCapabilities();
    canPull = capabilities != null && capabilities.getWorkspace() != null
        && Boolean.TRUE.equals(capabilities.getWorkspace().getConfiguration());
    if (params.getInitializationOptions() != null) {
      synchronized (this) {
        current = SettingsReader.read(params.getInitializationOptions(), current);
      }
    }
  }

  /** After {@code initialized}: the first settings pulled, then the first evaluation of {@code folder}. */
  void initialized(Path folder) {
    synchronized (this) {
      this.workspace = folder;
      // settings the client pushed before the workspace was known configured nothing to evaluate:
      // the ones in force now must be applied to it even when they have not changed
      applied = null;
    }
    refresh(null);
  }

  /** {@code workspace/didChangeConfiguration}: the settings it carries, or pulled again. */
  void changed(DidChangeConfigurationParams params) {
    refresh(params.getSettings());
  }

  private void refresh(Object pushed) {
    LanguageClient target = client;
    if (canPull && target != null) {
      ConfigurationItem item = new ConfigurationItem();
      item.setSection(SECTION);
      target.configuration(new ConfigurationParams(List.of(item))).whenComplete((answers, failure) -> {
        if (failure != null || answers == null || answers.isEmpty()) {
          LOG.warn("workspace/configuration failed; keeping the settings", failure);
          apply(pushed);
        } else {
          apply(answers.get(0));
        }
      });
    } else {
      apply(pushed);
    }
  }

  /**
   * {@code listener} hears every settings object the client sends or answers with, however it
   * came (initialization options, a pull, a push): settings six reads beyond {@link Settings}.
   */
  void onReceived(Consumer<Object> listener) {
    received = listener;
  }

  private void apply(Object sent) {
    if (sent != null) {
      received.accept(sent);
    }
    Settings next;
    boolean unchanged;
    synchronized (this) {
      if (sent != null) {
        current = SettingsReader.read(sent, current);
      }
      next = current;
      unchanged = next.equals(applied);
      applied = next;
    }
    diagnostics.setDelayMillis(next.diagnosticsDelayMillis());
    if (unchanged) {
      return; // editors announce every change of any setting: evaluating everything again would be waste
    }
    LOG.info("settings: {}", next);
    evaluation.configure(workspace, next);
  }
}
