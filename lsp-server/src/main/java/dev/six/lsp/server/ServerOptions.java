package dev.six.lsp.server;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a server is started with: how long diagnostics wait for typing to pause, and the workers
 * requests run on. Tests choose their own workers to hold a request back while they cancel it.
 */
public record ServerOptions(long diagnosticsDelayMillis, Executor requestWorkers) {

  /** A pause of 150 ms, and two workers: enough that an outline request never waits on a fold. */
  public static ServerOptions defaults() {
    AtomicInteger count = new AtomicInteger();
    return new ServerOptions(150, Executors.newFixedThreadPool(2, runnable -> {
      Thread thread = new Thread(runnable, "six-lsp-request-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }));
  }
}
