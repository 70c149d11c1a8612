package dev.six.lsp.server;

import dev.six.lsp.ide.ServiceCatalog;
import dev.six.lsp.index.IndexedSymbol;
import dev.six.lsp.index.SyncListener;
import dev.six.lsp.index.WorkspaceIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.services.LanguageClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the workspace index of the folder the editor opened: opened (from disk when a previous
 * session left it, one directory per workspace) and brought up to date on a thread of its own
 * after {@code initialized}, again when watched files change; requests never wait for it longer
 * than the first indexing. The first indexing is shown as progress in clients that support it;
 * each sync also learns the workspace's by-name services, for semantic tokens.
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
  private volatile ServiceCatalog services = ServiceCatalog.EMPTY;
  private volatile LanguageClient progressClient;
  private volatile Runnable servicesChanged;
  private boolean stopped;

  /** {@code storeRoot}: where indexes are kept between sessions ({@code null}: in memory). */
  WorkspaceIndexer(Path storeRoot) {
    this.storeRoot = storeRoot;
  }

  /**
   * Shows the first indexing as work-done progress in {@code client} (one that announced
   * {@code window.workDoneProgress}); without this call no progress is sent.
   */
  void reportProgressTo(LanguageClient client) {
    progressClient = client;
  }

  /** Runs {@code action} whenever a sync changes the set of by-name services (so tokens can be refreshed). */
  void onServicesChanged(Runnable action) {
    servicesChanged = action;
  }

  /** The by-name services the last sync found in the workspace; empty before the first one. */
  ServiceCatalog services() {
    return services;
  }

  /** Starts indexing {@code workspace} in the background. */
  void start(Path workspace) {
    root = workspace;
    worker.execute(() -> {
      Optional<IndexProgress> progress = Optional.ofNullable(progressClient)
          .flatMap(client -> IndexProgress.begin(client, "six: indexing " + workspace.getFileName()));
      String outcome = "index unavailable";
      try {
        index = storeRoot == null ? WorkspaceIndex.inMemory() : WorkspaceIndex.open(storeRoot.resolve(key(workspace)));
        long start = System.nanoTime();
        ServiceCollector found = new ServiceCollector(progress.isPresent() ? progress.get() : SyncListener.NONE);
        WorkspaceIndex.SyncResult result = index.sync(workspace, found);
        found.publish();
        outcome = result.files() + " files indexed";
        LOG.info("indexed {}: {} files, {} read again, {} forgotten, in {} ms", workspace, result.files(),
            result.reindexed(), result.removed(), (System.nanoTime() - start) / 1_000_000);
      } catch (IOException | RuntimeException e) {
        LOG.warn("cannot index {}: {}", workspace, e.toString());
      } finally {
        String message = outcome;
        progress.ifPresent(p -> p.end(message));
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
          ServiceCollector found = new ServiceCollector(SyncListener.NONE);
          index.sync(workspace, found);
          found.publish();
        }
      } catch (IOException | RuntimeException e) {
        LOG.warn("cannot re-index {}: {}", workspace, e.toString());
      }
    });
  }

  /** Collects the services a sync sees, passing its progress on; {@link #publish} makes them current. */
  private final class ServiceCollector implements SyncListener {
    private final SyncListener progress;
    private final Set<String> names = new HashSet<>();

    ServiceCollector(SyncListener progress) {
      this.progress = progress;
    }

    @Override
    public void found(int files) {
      progress.found(files);
    }

    @Override
    public void indexed(Path file, int done, int total) {
      ServiceCatalog.serviceDefinedBy(file).ifPresent(names::add);
      progress.indexed(file, done, total);
    }

    void publish() {
      ServiceCatalog previous = services;
      services = ServiceCatalog.of(names);
      if (!previous.sameNames(services) && servicesChanged != null) {
        servicesChanged.run();
      }
    }
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
    worker.shutdownNow();
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
