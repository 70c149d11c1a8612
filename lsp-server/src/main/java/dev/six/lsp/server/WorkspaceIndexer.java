package dev.six.lsp.server;

import dev.six.lsp.ide.ServiceCatalog;
import dev.six.lsp.ide.WorkspaceFacts;
import dev.six.lsp.index.IndexFacts;
import dev.six.lsp.index.IndexedSymbol;
import dev.six.lsp.index.SyncListener;
import dev.six.lsp.index.WorkspaceIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
 * after {@code initialized}, again when watched files change; an open document's text replaces its
 * file's entry as the editor changes it (the file on disk again once it is closed), and any query
 * first takes in the edits still pending, so answers always match the editor's text. The packages
 * of a nixpkgs checkout, when one is configured, are kept in an index of their own. Requests never
 * wait for it longer than the first indexing. The first indexing is shown as progress in clients
 * that support it; each sync also learns the workspace's by-name services, for semantic tokens.
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
  /** Completes when the first sync has ended, however it ended. */
  private final CompletableFuture<Void> firstSyncEnded = new CompletableFuture<>();
  private final CountDownLatch packagesRead = new CountDownLatch(1);
  /** Editor texts not yet in the index, by file (null: read the file from disk again). */
  private final Map<Path, String> pending = new LinkedHashMap<>();
  private final Object flushing = new Object();
  /** The editor's text of every open workspace file: a sync reads the disk, then these again. */
  private final Map<Path, String> open = new java.util.concurrent.ConcurrentHashMap<>();
  private volatile WorkspaceIndex index;
  private volatile WorkspaceIndex packages;
  private volatile Path root;
  private volatile ServiceCatalog services = ServiceCatalog.EMPTY;
  private volatile LanguageClient progressClient;
  private volatile Runnable servicesChanged;
  private volatile boolean packagesConfigured;
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
        long opening = System.nanoTime();
        index = open("workspace", workspace);
        int known = index.persistent() ? index.files() : 0;
        if (known > 0) {
          // an earlier session's index answers at once; the sync below brings in what changed
          // since, and searches see its result when it commits
          firstSync.countDown();
          LOG.info("index of {} ready from disk: {} files, in {} ms; checking for changes", workspace, known,
              (System.nanoTime() - opening) / 1_000_000);
        }
        long start = System.nanoTime();
        ServiceCollector found = new ServiceCollector(progress.isPresent() ? progress.get() : SyncListener.NONE);
        WorkspaceIndex.SyncResult result = index.sync(workspace, found);
        found.publish();
        outcome = result.files() + " files indexed";
        reapplyOpenTexts();
        LOG.info("indexed {}: {} files, {} read again, {} forgotten, in {} ms", workspace, result.files(),
            result.reindexed(), result.removed(), (System.nanoTime() - start) / 1_000_000);
      } catch (IOException | RuntimeException e) {
        LOG.warn("cannot index {}: {}", workspace, e.toString());
      } finally {
        String message = outcome;
        progress.ifPresent(p -> p.end(message));
        firstSync.countDown();
        firstSyncEnded.complete(null);
      }
    });
  }

  /**
   * Runs {@code then} once the first indexing has ended (at once when there is none to wait for),
   * on a thread of its own: work that competes for the same two cores, such as the first
   * evaluation, waits rather than slowing down the index every request reads.
   */
  void afterFirstSync(Runnable then) {
    if (root == null) {
      then.run();
      return;
    }
    firstSyncEnded.whenCompleteAsync((done, failure) -> then.run());
  }

  /** Starts indexing the packages of the nixpkgs checkout at {@code nixpkgs}, in the background. */
  void startPackages(Path nixpkgs) {
    packagesConfigured = true;
    worker.execute(() -> {
      try {
        WorkspaceIndex opened = open("nixpkgs", nixpkgs);
        long start = System.nanoTime();
        WorkspaceIndex.SyncResult result = opened.syncPackages(nixpkgs);
        WorkspaceIndex previous = packages;
        packages = opened;
        if (previous != null) {
          previous.close();
        }
        LOG.info("indexed the packages of {}: {} packages, {} read again, in {} ms", nixpkgs, result.files(),
            result.reindexed(), (System.nanoTime() - start) / 1_000_000);
      } catch (IOException | RuntimeException e) {
        LOG.warn("cannot index the packages of {}: {}", nixpkgs, e.toString());
      } finally {
        packagesRead.countDown();
      }
    });
  }

  private WorkspaceIndex open(String what, Path folder) throws IOException {
    return storeRoot == null ? WorkspaceIndex.inMemory() : WorkspaceIndex.open(storeRoot.resolve(key(what, folder)));
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
          reapplyOpenTexts();
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

  /** The editor has {@code file} open with {@code text} (null: closed, read it from disk again). */
  void edited(Path file, String text) {
    Path workspace = root;
    if (workspace == null || file == null || !file.startsWith(workspace) || !file.toString().endsWith(".nix")) {
      return;
    }
    synchronized (pending) {
      pending.put(file, text);
      if (text == null) {
        open.remove(file);
      } else {
        open.put(file, text);
      }
    }
    worker.execute(this::flush);
  }

  /** After a sync read the disk: the open documents' texts are what the index must hold for them. */
  private void reapplyOpenTexts() {
    synchronized (pending) {
      open.forEach((file, text) -> pending.putIfAbsent(file, text));
    }
    flush();
  }

  /**
   * Takes the pending editor texts into the index. One flush at a time: a query that finds nothing
   * pending must still wait for the batch another thread is writing.
   */
  private void flush() {
    synchronized (flushing) {
      flushPending();
    }
  }

  private void flushPending() {
    Map<String, char[]> batch = new LinkedHashMap<>();
    synchronized (pending) {
      for (Map.Entry<Path, String> e : pending.entrySet()) {
        batch.put(e.getKey().toString(), e.getValue() != null ? bytewise(e.getValue()) : disk(e.getKey()));
      }
      pending.clear();
    }
    WorkspaceIndex current = index;
    if (batch.isEmpty() || current == null) {
      return;
    }
    try {
      current.updateAll(batch);
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot index edited files: {}", e.toString());
    }
  }

  private static char[] bytewise(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1).toCharArray();
  }

  private static char[] disk(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toCharArray();
    } catch (IOException gone) {
      return null;
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

  /** The index as the cross-file features ask it, with pending edits taken in; nothing without a workspace. */
  WorkspaceFacts facts() throws InterruptedException {
    if (root == null && !packagesConfigured) {
      return WorkspaceFacts.NONE;
    }
    if (root != null) {
      firstSync.await(60, TimeUnit.SECONDS);
    }
    if (packagesConfigured) {
      packagesRead.await(60, TimeUnit.SECONDS);
    }
    flush();
    return new IndexFacts(index, packages);
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
      if (packages != null) {
        packages.close();
      }
    } catch (IOException | InterruptedException e) {
      LOG.debug("closing the index: {}", e.toString());
    }
  }

  /** One index directory per workspace folder (and one per nixpkgs checkout). */
  private static String key(String what, Path folder) {
    String name = folder.toAbsolutePath().normalize().toString();
    byte[] path = (what.equals("workspace") ? name : what + ":" + name).getBytes(StandardCharsets.UTF_8);
    return WorkspaceIndex.sha256(path).substring(0, 24);
  }
}
