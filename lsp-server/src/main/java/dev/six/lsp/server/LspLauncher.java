package dev.six.lsp.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a server speaking JSON-RPC over a pair of streams (stdin and stdout for {@code six lsp},
 * pipes in tests). The returned exit code completes when the client sends {@code exit}, or with 1
 * when the input ends without it, as when the editor dies.
 */
public final class LspLauncher {
  private static final Logger LOG = LoggerFactory.getLogger(LspLauncher.class);

  private LspLauncher() {}

  public static CompletableFuture<Integer> start(InputStream in, OutputStream out) {
    return start(in, out, ServerOptions.defaults());
  }

  public static CompletableFuture<Integer> start(InputStream in, OutputStream out, ServerOptions options) {
    SixLanguageServer server = new SixLanguageServer(options);
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    Thread watcher = new Thread(() -> {
      try {
        listening.get();
      } catch (ExecutionException e) {
        LOG.error("the connection failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (server.exitCode().complete(1)) {
        LOG.info("input ended without exit");
      }
    }, "six-lsp-connection");
    watcher.setDaemon(true);
    watcher.start();
    return server.exitCode();
  }
}
