package dev.six.s6.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One service definition directory ({@code SRC/NAME}) as s6-rc-compile reads it, so the compiler
 * works the same on a tree on disk and on a description evaluated in memory. Paths are relative to
 * the service directory, {@code /}-separated; text is one {@code char} per byte (ISO-8859-1).
 */
public interface DefinitionDirectory {

  /** What {@code path} is, following symbolic links as {@code stat} does. */
  EntryKind kind(String path) throws IOException;

  /**
   * The whole content of the regular file {@code path}, or {@code null} when it does not exist.
   *
   * @throws IOException when it exists but cannot be read (a directory, say)
   */
  String read(String path) throws IOException;

  /** The names in directory {@code path}, in no particular order (the compiler sorts what matters). */
  List<String> list(String path) throws IOException;

  /**
   * Copies the directory {@code path} recursively to {@code target} (which must not exist), keeping
   * each entry's mode and symbolic links, as skalibs' {@code hiercopy} does.
   */
  void copyTree(String path, Path target) throws IOException;

  /**
   * Where the user wrote {@code path} of this service, at the line of {@code listedName} when it is
   * a list file naming it ({@code null} for the whole file).
   */
  SourceLocation locate(String path, String listedName);

  /**
   * Where the user wrote the byte at {@code line}:{@code column} of file {@code path}: that very
   * place for a file on disk; for text generated from Nix, the place that gave the whole file.
   */
  default SourceLocation locateInFile(String path, int line, int column) {
    return locate(path, null);
  }
}
