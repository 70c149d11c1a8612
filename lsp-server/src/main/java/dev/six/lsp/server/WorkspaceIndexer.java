package dev.six.lsp.server;

import dev.six.lsp.index.IndexedSymbol;
import dev.six.lsp.index.WorkspaceIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the workspace index of the folder the editor opened: opened (from disk when a previous
 * session left it, one directory per workspace) and brought up to date on a thread of its own
 * after {@code initialized}, again when watched files change; requests never wait for it longer
 * than the first indexing.
 */
final class WorkspaceIndexer {
  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceIndexer.class);

  private final Path storeRoot;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "six-lsp-index");
    t.setDaemon(true);
    return t;
  });
  private final CountDownLatch firstSync = new CountDownLatch(1);
  private volatile WorkspaceIndex index;
  private volatile Path root;
  private boolean stopped;

  /** {@code storeRoot}: where indexes are kept between sessions ({@code null}: in memory). */
  WorkspaceIndexer(Path storeRoot) {
    this.storeRoot = storeRoot;
  }

  /** Starts indexing {@code workspace} in the background. */
  void start(Path workspace) {
    root = workspace;
    worker.execute(() -> {
      try {
        index = storeRoot == null ? WorkspaceIndex.inMemory() : WorkspaceIndex.open(storeRoot.resolve(key(workspace)));
        long start = System.nanoTime();
        WorkspaceIndex.SyncResult result = index.sync(workspace);
        LOG.info("indexed {}: {} files, {} read again, {} forgotten, in {} ms", workspace, result.files(),
            result.reindexed(), result.removed(), (System.nanoTime() - start) / 1_000_000);
      } catch (IOException | RuntimeException e) {
        LOG.warn("cannot index {}: {}", workspace, e.toString());
      } finally {
        firstSync.countDown();
      }
    });
  }

  /** Files changed on disk: brings the index up to date, in the background. */
  void resync() {
    Path workspace = root;
    if (workspace == null) {
      return;
    }
    worker.execute(() -> {
      try {
        if (index != null) {
          index.sync(workspace);
        }
      } catch (IOException | RuntimeException e) {
        LOG.warn("cannot re-index {}: {}", workspace, e.toString());
      }
    });
  }

  /** Definitions matching {@code query}; empty while there is no workspace. */
  List<IndexedSymbol> search(String query, int limit) throws IOException, InterruptedException {
    if (root == null) {
      return List.of();
    }
    firstSync.await(60, TimeUnit.SECONDS);
    WorkspaceIndex current = index;
    return current == null ? List.of() : current.search(query, limit);
  }

  synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    // Not shutdownNow: interrupting a sync closes Lucene's file channels and invalidates the
    // index's write lock, and closing the index then fails; a running sync is short, so it ends.
    worker.shutdown();
    try {
      worker.awaitTermination(5, TimeUnit.SECONDS);
      if (index != null) {
        index.close();
      }
    } catch (IOException | InterruptedException e) {
      LOG.debug("closing the index: {}", e.toString());
    }
  }

  /** One index directory per workspace folder. */
  private static String key(Path workspace) {
    byte[] path = workspace.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8);
    return WorkspaceIndex.sha256(path).substring(0, 24);
  }
}
