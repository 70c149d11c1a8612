package dev.six.eval.nixstore;

import dev.six.eval.store.StoreObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Registers what an evaluation put in its (computing) store with the installed Nix, through Nix's
 * own worker protocol served by {@code nix-daemon --stdio}: each object goes in as Nix's
 * {@code addToStore} adds it while it evaluates ({@code .drv} files and {@code toFile} texts as
 * texts with their references, sources as fixed-output archives), dependencies first, so the
 * store never holds a path whose references are missing. Nix computes every path again from the
 * data, and a path that differs from six's is an error. Paths already valid are not sent again but
 * held, like those added, as temporary roots until {@link #close()}, so the garbage collector
 * cannot take them before they are rooted or built. The first failure stops registration and names
 * the path. The daemon is started on first use; evaluation itself never needs it.
 */
public final class StoreRegistration implements AutoCloseable {
  private final NixTools nix;
  private final List<String> daemonArgs;
  private final String storeDir;
  private final PrintStream log;
  private final Set<String> registered = new HashSet<>();
  private NixDaemonProcess daemon;
  private int added;

  /**
   * @param daemonArgs extra arguments for {@code nix-daemon} (such as {@code --store URL})
   * @param storeDir the store directory paths were computed for ({@code /nix/store})
   * @param log where the daemon's log messages go
   */
  public StoreRegistration(NixTools nix, List<String> daemonArgs, String storeDir, PrintStream log) {
    this.nix = nix;
    this.daemonArgs = List.copyOf(daemonArgs);
    this.storeDir = storeDir;
    this.log = log;
  }

  /** How many objects this session stored (rather than found already valid). */
  public int added() {
    return added;
  }

  /** Registers the objects of {@code objects} this session has not registered yet. */
  public void register(List<StoreObject> objects) throws NixStoreException {
    List<StoreObject> pending = new ArrayList<>();
    for (StoreObject o : objects) {
      if (!registered.contains(o.path())) {
        pending.add(o);
      }
    }
    if (pending.isEmpty()) {
      return;
    }
    List<StoreObject> ordered = dependenciesFirst(pending);
    DaemonConnection c = connection();
    List<String> paths = ordered.stream().map(StoreObject::path).toList();
    Set<String> valid;
    try {
      valid = c.queryValidPaths(paths);
      c.addTempRoots(paths.stream().filter(valid::contains).toList());
    } catch (NixStoreException e) {
      throw new NixStoreException("querying the Nix store: " + e.getMessage(), e);
    } catch (IOException e) {
      throw broken("querying the Nix store", e);
    }
    registered.addAll(valid);
    for (StoreObject o : ordered) {
      if (!valid.contains(o.path())) {
        add(c, o);
      }
    }
  }

  private void add(DaemonConnection c, StoreObject o) throws NixStoreException {
    String what = "registering '" + o.path() + "' in the Nix store";
    PathInfo info;
    try {
      info = c.addToStore(o.name(), method(o.method()), o.references(), o::writeContents);
    } catch (DaemonConnection.ContentsException e) {
      daemon.abandon();
      daemon = null;
      throw new NixStoreException(what + ": " + e.getMessage(), e);
    } catch (NixStoreException e) {
      throw new NixStoreException(what + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw broken(what, e);
    }
    if (!info.path().equals(o.path())) {
      throw new NixStoreException(what + ": its contents now have the store path '" + info.path()
          + "' (did they change since evaluation?)");
    }
    registered.add(o.path());
    added++;
  }

  /**
   * Makes {@code root} (resolved against {@code cwd}) a permanent garbage-collector root of
   * {@code storePath}, as Nix's {@code addPermRoot} does: a symbolic link to the path, replacing
   * only a link into the store, registered with the collector as an indirect root. Returns the
   * root's absolute path.
   */
  public String addPermRoot(String storePath, String root, String cwd) throws NixStoreException {
    Path link = Path.of(cwd).resolve(root).normalize();
    String gcRoot = link.toString();
    if (gcRoot.equals(storeDir) || gcRoot.startsWith(storeDir + "/")) {
      throw new NixStoreException("creating a garbage collector root (" + gcRoot + ") in the Nix store is forbidden "
          + "(are you running nix-build inside the store?)");
    }
    DaemonConnection c = connection();
    try {
      c.addTempRoots(List.of(storePath));
      if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !isLinkIntoStore(link)) {
        throw new NixStoreException("cannot create symlink '" + gcRoot + "'; already exists");
      }
      makeSymlink(link, storePath);
      c.addIndirectRoot(gcRoot);
    } catch (IOException e) {
      throw broken("adding the garbage collector root '" + gcRoot + "'", e);
    }
    return gcRoot;
  }

  private boolean isLinkIntoStore(Path link) throws IOException {
    if (!Files.isSymbolicLink(link)) {
      return false;
    }
    String target = Files.readSymbolicLink(link).toString();
    return target.startsWith(storeDir + "/");
  }

  /** Replaces {@code link} atomically: a new link under a temporary name, renamed over it. */
  private static void makeSymlink(Path link, String target) throws NixStoreException {
    Path temp = link.resolveSibling(link.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-"
        + ThreadLocalRandom.current().nextInt(1 << 30));
    try {
      Files.createDirectories(link.getParent());
      Files.createSymbolicLink(temp, Path.of(target));
      Files.move(temp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // Nothing more to undo.
      }
      throw new NixStoreException("creating symlink '" + link + "': " + e.getMessage(), e);
    }
  }

  private DaemonConnection connection() throws NixStoreException {
    if (daemon == null) {
      daemon = NixDaemonProcess.start(nix, daemonArgs, log);
    }
    return daemon.connection();
  }

  /** The connection broke while doing {@code what}: it is given up, with the daemon's last words. */
  private NixStoreException broken(String what, IOException e) {
    NixStoreException failure = daemon.failure(what, e);
    daemon.abandon();
    daemon = null;
    return failure;
  }

  /** Ends the session, and with it the temporary roots: root or build what was registered before. */
  @Override
  public void close() {
    if (daemon != null) {
      daemon.close();
      daemon = null;
    }
  }

  private static String method(StoreObject.Method method) {
    switch (method) {
      case TEXT:
        return "text:sha256";
      case FLAT:
        return "fixed:sha256";
      default:
        return "fixed:r:sha256";
    }
  }

  /**
   * {@code objects} with every object after those of them it refers to, otherwise in the given
   * order (already dependencies first when it is the order of evaluation).
   */
  static List<StoreObject> dependenciesFirst(List<StoreObject> objects) {
    Map<String, StoreObject> byPath = new HashMap<>();
    for (StoreObject o : objects) {
      byPath.put(o.path(), o);
    }
    List<StoreObject> result = new ArrayList<>(objects.size());
    Set<String> done = new HashSet<>();
    for (StoreObject o : objects) {
      visit(o, byPath, done, result);
    }
    return result;
  }

  private static void visit(StoreObject root, Map<String, StoreObject> byPath, Set<String> done, List<StoreObject> out) {
    // Iterative depth-first search: dependency chains can be long (nixpkgs' bootstrap stages).
    record Frame(StoreObject object, Iterator<String> references) {}
    if (!done.add(root.path())) {
      return;
    }
    ArrayDeque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(root, root.references().iterator()));
    while (!stack.isEmpty()) {
      Frame top = stack.peek();
      if (top.references().hasNext()) {
        StoreObject dep = byPath.get(top.references().next());
        if (dep != null && done.add(dep.path())) {
          stack.push(new Frame(dep, dep.references().iterator()));
        }
      } else {
        stack.pop();
        out.add(top.object());
      }
    }
  }
}
