package dev.six.eval.store;

import dev.six.eval.io.EvalIO;

/**
 * Decides which entries of a directory go into a store path ({@code builtins.path}'s and
 * {@code filterSource}'s filter): asked once per entry, in archive order, never for the root;
 * leaving out a directory leaves out everything below it.
 */
@FunctionalInterface
public interface PathFilter {
  PathFilter ALL = (path, type) -> true;

  boolean accept(String path, EvalIO.FileType type);
}
