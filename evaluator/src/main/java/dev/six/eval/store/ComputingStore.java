package dev.six.eval.store;

import dev.six.eval.derivation.ATermWriter;
import dev.six.eval.derivation.Derivation;
import dev.six.eval.derivation.DerivationHashes;
import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.hash.Hash;
import dev.six.eval.hash.HashAlgorithm;
import dev.six.eval.io.EvalIO;
import dev.six.eval.io.IoErrors;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A store that computes store paths exactly as Nix does (as {@code nix-instantiate
 * --readonly-mode} would) and writes nothing. It remembers where each path it computed came
 * from, and {@link #io()} shows those paths' contents, so that {@code readFile "${./f}"} and
 * {@code import (toFile ...)} work as they do with a real store. Derivations are recorded the same
 * way: their {@code .drv} paths read as the text Nix would have written.
 */
public final class ComputingStore implements Store {
  private final StorePaths paths;
  private final EvalIO io;
  /** {@code "${path}"} results, as Nix caches them per evaluation. */
  private final Map<String, String> copied = new HashMap<>();
  private final Map<String, Hash> narHashes = new HashMap<>();
  private final Map<String, Origin> origins = new HashMap<>();
  /** The same paths as store objects, in the order they were added; only ever appended to. */
  private final List<StoreObject> added = new ArrayList<>();
  private final Map<String, Derivation> derivations = new HashMap<>();
  private final DerivationHashes derivationHashes = new DerivationHashes(derivations::get);

  public ComputingStore(String storeDir, EvalIO base) {
    this.paths = new StorePaths(storeDir);
    this.io = new StoreIO(base, this);
  }

  /** The file system as evaluation should see it: the base plus the store paths computed so far. */
  public EvalIO io() {
    return io;
  }

  @Override
  public StorePaths paths() {
    return paths;
  }

  /** Where the contents of {@code storePath} come from, if this store computed it. */
  Origin origin(String storePath) {
    return origins.get(storePath);
  }

  @Override
  public String copyPathToStore(String path, ContextCollector context) {
    if (path.endsWith(".drv")) {
      throw new EvalError(ErrorKind.INVALID_VALUE, "file names are not allowed to end in '.drv'", null);
    }
    String storePath = copied.get(path);
    if (storePath == null) {
      storePath = addPath(baseName(path), path, PathFilter.ALL, FileIngestion.RECURSIVE, null);
      copied.put(path, storePath);
    }
    context.add(storePath);
    return storePath;
  }

  @Override
  public String addPath(String name, String path, PathFilter filter, FileIngestion method, Hash expected) {
    try {
      String expectedPath = expected == null ? null : paths.makeFixedOutput(method, expected, name, List.of());
      Set<String> excluded = new HashSet<>();
      Hash hash = method == FileIngestion.RECURSIVE ? narHash(path, filter, excluded) : flatHash(path);
      String storePath = paths.makeFixedOutput(method, hash, name, List.of());
      if (expectedPath != null && !expectedPath.equals(storePath)) {
        throw new StoreException("store path mismatch in (possibly filtered) path added from '" + path + "'");
      }
      record(storePath, new Origin.Source(path, method, Set.copyOf(excluded)));
      return storePath;
    } catch (StoreException e) {
      throw new EvalError(ErrorKind.INVALID_VALUE, e.getMessage(), null);
    }
  }

  @Override
  public String addText(String name, String contents, Collection<String> references) {
    try {
      byte[] bytes = contents.getBytes(StandardCharsets.ISO_8859_1);
      String storePath = paths.makeText(name, HashAlgorithm.SHA256.hash(bytes), references);
      record(storePath, new Origin.Text(bytes, Set.copyOf(references)));
      return storePath;
    } catch (StoreException e) {
      throw new EvalError(ErrorKind.INVALID_VALUE, e.getMessage(), null);
    }
  }

  @Override
  public String addDerivation(Derivation drv) {
    byte[] text = ATermWriter.write(drv).getBytes(StandardCharsets.ISO_8859_1);
    String drvPath;
    try {
      drvPath = paths.makeText(drv.name() + ".drv", HashAlgorithm.SHA256.hash(text), drv.references());
    } catch (StoreException e) {
      throw new EvalError(ErrorKind.INVALID_VALUE, e.getMessage(), null);
    }
    if (derivations.putIfAbsent(drvPath, drv) == null) {
      record(drvPath, new Origin.StoreDerivation(drv));
      derivationHashes.remember(drvPath, drv);
    }
    return drvPath;
  }

  @Override
  public Derivation derivation(String drvPath) {
    return derivations.get(drvPath);
  }

  @Override
  public DerivationHashes derivationHashes() {
    return derivationHashes;
  }

  /** Remembers where {@code storePath} came from, the first time it is computed. */
  private void record(String storePath, Origin origin) {
    if (origins.putIfAbsent(storePath, origin) == null) {
      String name = storePath.substring(paths.storeDir().length() + 2 + StorePaths.HASH_LENGTH);
      added.add(new AddedObject(storePath, name, origin, io));
    }
  }

  @Override
  public List<StoreObject> added() {
    return Collections.unmodifiableList(added);
  }

  @Override
  public Collection<String> references(String storePath) {
    Origin origin = origins.get(storePath);
    if (origin instanceof Origin.StoreDerivation drv) {
      return drv.drv().references();
    }
    return origin instanceof Origin.Text text ? text.references() : List.of();
  }

  /** The SHA-256 of the archive of {@code root}; what the filter rejects is added to {@code excluded}. */
  private Hash narHash(String root, PathFilter filter, Set<String> excluded) {
    if (filter == PathFilter.ALL) {
      Hash cached = narHashes.get(root);
      if (cached != null) {
        return cached;
      }
    }
    PathFilter recording = filter == PathFilter.ALL ? filter : (p, type) -> {
      boolean accepted = filter.accept(p, type);
      if (!accepted) {
        excluded.add(p.substring(root.length() == 1 ? 0 : root.length()));
      }
      return accepted;
    };
    MessageDigest digest = HashAlgorithm.SHA256.newDigest();
    NarWriter.write(io, root, recording, new DigestOutputStream(OutputStream.nullOutputStream(), digest));
    Hash hash = new Hash(HashAlgorithm.SHA256, digest.digest());
    if (filter == PathFilter.ALL) {
      narHashes.put(root, hash);
    }
    return hash;
  }

  private Hash flatHash(String path) {
    try {
      return HashAlgorithm.SHA256.hash(io.read(path));
    } catch (IOException e) {
      throw new StoreException(IoErrors.readFailure(path, e));
    }
  }

  /** The last component of an absolute path ({@code /} has none). */
  static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
