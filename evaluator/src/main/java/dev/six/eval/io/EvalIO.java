package dev.six.eval.io;

import java.io.IOException;
import java.util.List;

/**
 * The only way the evaluator touches files: reading sources for {@code import}, {@code readFile},
 * {@code readDir}, {@code pathExists} and friends. The command line uses the disk; tests use
 * memory; the language server will overlay its open buffers.
 *
 * <p>Paths are absolute, in the evaluator's string form (one char per byte).
 */
public interface EvalIO {
  /** What is at a path, without following a final symbolic link (like lstat). */
  enum FileType {
    REGULAR,
    DIRECTORY,
    SYMLINK,
    UNKNOWN,
    MISSING
  }

  /** A directory entry: its name and its type. */
  record DirEntry(String name, FileType type) {}

  FileType lstat(String path);

  /** The type after following symbolic links (like stat); MISSING for a dangling link. */
  FileType stat(String path);

  byte[] read(String path) throws IOException;

  /** Entries of a directory, sorted by name. */
  List<DirEntry> readDir(String path) throws IOException;

  String readLink(String path) throws IOException;

  /**
   * Whether a regular file has its owner's execute permission (the one bit of metadata a Nix
   * archive records); false for anything else, and for a missing path.
   */
  boolean isExecutable(String path);
}
