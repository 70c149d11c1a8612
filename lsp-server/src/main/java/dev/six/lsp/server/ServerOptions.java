package dev.six.lsp.server;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a server is started with: how long diagnostics wait for typing to pause, the workers
 * requests run on, where the workspace index is kept between sessions ({@code null}: in
 * memory only), and Nix's search path ({@code NIX_PATH}, for {@code <nixpkgs>} links; null: none).
 * Tests choose their own workers to hold a request back while they cancel it, keep no index on
 * disk, and give their own search path.
 */
public record ServerOptions(long diagnosticsDelayMillis, Executor requestWorkers, Path indexDirectory, String nixPath) {

  /** Options with the workspace index in memory. */
  public ServerOptions(long diagnosticsDelayMillis, Executor requestWorkers) {
    this(diagnosticsDelayMillis, requestWorkers, null);
  }

  /** Options without a search path. */
  public ServerOptions(long diagnosticsDelayMillis, Executor requestWorkers, Path indexDirectory) {
    this(diagnosticsDelayMillis, requestWorkers, indexDirectory, null);
  }

  /** These options with Nix's search path {@code nixPath}. */
  public ServerOptions withNixPath(String nixPath) {
    return new ServerOptions(diagnosticsDelayMillis, requestWorkers, indexDirectory, nixPath);
  }

  /**
   * A pause of 150 ms, two workers (enough that an outline request never waits on a fold), the
   * index under the user's cache directory, next to the log, and the environment's {@code NIX_PATH}.
   */
  public static ServerOptions defaults() {
    AtomicInteger count = new AtomicInteger();
    return new ServerOptions(150, Executors.newFixedThreadPool(2, runnable -> {
      Thread thread = new Thread(runnable, "six-lsp-request-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }), LspLogging.logFile(System.getenv()).resolveSibling("index"), System.getenv("NIX_PATH"));
  }
}
