package dev.six.lsp.server;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a server is started with: how long diagnostics wait for typing to pause, the workers
 * requests run on, and where the workspace index is kept between sessions ({@code null}: in
 * memory only). Tests choose their own workers to hold a request back while they cancel it, and
 * keep no index on disk.
 */
public record ServerOptions(long diagnosticsDelayMillis, Executor requestWorkers, Path indexDirectory) {

  /** Options with the workspace index in memory. */
  public ServerOptions(long diagnosticsDelayMillis, Executor requestWorkers) {
    this(diagnosticsDelayMillis, requestWorkers, null);
  }

  /**
   * A pause of 150 ms, two workers (enough that an outline request never waits on a fold), and
   * the index under the user's cache directory, next to the log.
   */
  public static ServerOptions defaults() {
    AtomicInteger count = new AtomicInteger();
    return new ServerOptions(150, Executors.newFixedThreadPool(2, runnable -> {
      Thread thread = new Thread(runnable, "six-lsp-request-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }), LspLogging.logFile(System.getenv()).resolveSibling("index"));
  }
}
