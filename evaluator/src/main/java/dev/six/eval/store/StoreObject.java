package dev.six.eval.store;

import java.io.IOException;
import java.io.OutputStream;
import java.util.SortedSet;

/**
 * One object an evaluation put in the store (a {@code .drv} file, a {@code toFile} text, a copied
 * source), described the way Nix's {@code addToStore} takes it: a name, how its contents are
 * content-addressed, the store paths it refers to, and the bytes that method hashes. It exists so
 * that what the computing store only computed can later be registered with a real Nix store,
 * which then computes the same path from the same bytes.
 */
public interface StoreObject {
  /** How the store path follows from the contents, as Nix's content-address methods. */
  enum Method {
    /** A text file ({@code text:sha256}): {@code .drv} files and {@code toFile}; may have references. */
    TEXT,
    /** A single regular file's bytes ({@code fixed:sha256}). */
    FLAT,
    /** The Nix archive of a tree ({@code fixed:r:sha256}): {@code ./path} copies. */
    RECURSIVE
  }

  /** The store path, as computed during evaluation. */
  String path();

  /** The name part of the path (after the hash and the dash). */
  String name();

  Method method();

  /** The store paths the object refers to (only texts have any). */
  SortedSet<String> references();

  /**
   * Writes what {@link #method()} hashes: the text, the file's bytes, or the archive of the tree
   * (read again from where it came from, minus what a filter left out).
   */
  void writeContents(OutputStream out) throws IOException;
}
