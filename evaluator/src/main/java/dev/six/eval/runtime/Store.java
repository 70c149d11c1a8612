package dev.six.eval.runtime;

import dev.six.eval.derivation.Derivation;
import dev.six.eval.derivation.DerivationHashes;
import dev.six.eval.hash.Hash;
import dev.six.eval.store.FileIngestion;
import dev.six.eval.store.PathFilter;
import dev.six.eval.store.StoreObject;
import dev.six.eval.store.StorePaths;
import java.util.Collection;
import java.util.List;

/**
 * The Nix store as the evaluator sees it: where paths and texts go when a string needs them
 * ({@code "${./src}"}, {@code builtins.path}, {@code toFile}). Implementations decide whether
 * anything is written; the store paths are always Nix's. Derivations are kept as values, so that
 * later derivations can refer to them whether or not a {@code .drv} file was written. Failures are
 * evaluation errors with Nix's messages.
 */
public interface Store {
  /** The store's formulas and its directory ({@code /nix/store}). */
  StorePaths paths();

  /**
   * Copies {@code path} (an absolute file system path) as {@code "${path}"} does: recursively,
   * named after its last component; records the store path in {@code context} and returns it.
   */
  String copyPathToStore(String path, ContextCollector context);

  /**
   * The store path of {@code path} added under {@code name} as {@code method}, with what
   * {@code filter} accepts; when {@code expected} is given the content must have that hash.
   */
  String addPath(String name, String path, PathFilter filter, FileIngestion method, Hash expected);

  /** The store path of a text file {@code name} with {@code contents} that refers to {@code references}. */
  String addText(String name, String contents, Collection<String> references);

  /** The store paths {@code storePath} refers to, as far as this store knows (none when unknown). */
  Collection<String> references(String storePath);

  /**
   * Records {@code drv} as writing its {@code .drv} file does, and returns that file's store path:
   * a text path named {@code <name>.drv} that refers to the derivation's inputs.
   */
  String addDerivation(Derivation drv);

  /** The derivation recorded at {@code drvPath}, or null when this store knows none there. */
  Derivation derivation(String drvPath);

  /** The hashes modulo of the derivations this store recorded. */
  DerivationHashes derivationHashes();

  /**
   * Everything added so far ({@code .drv} files, texts, copied sources), in the order it was
   * added, for registering with a real Nix store after evaluation: a read-only view that grows as
   * evaluation goes on.
   */
  List<StoreObject> added();
}
