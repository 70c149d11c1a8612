package dev.six.lsp;

import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies a test workspace (the corpus, a fixture tree) into a temporary directory. */
public final class Directories {
  private Directories() {}

  /** Copies the tree {@code from} into {@code to}; the copies are new files, modified now. */
  public static Path copy(Path from, Path to) throws IOException {
    return copy(from, to, new CopyOption[0]);
  }

  /**
   * Copies the tree keeping each file's modification time: old enough that the workspace index
   * trusts its size-and-time stamps, as it does for files no one is editing.
   */
  public static Path copyKeepingTimes(Path from, Path to) throws IOException {
    return copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
  }

  private static Path copy(Path from, Path to, CopyOption... options) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, options);
        }
      }
    }
    return to;
  }
}
