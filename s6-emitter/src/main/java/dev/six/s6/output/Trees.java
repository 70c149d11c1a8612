package dev.six.s6.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes a directory tree that a failed or replaced write left, as {@code rm -rf} would:
 * read-only directories (a {@code data/} copied from the store) are made writable first, links
 * are removed, not followed. Best effort: what cannot go is left for the next attempt.
 */
public final class Trees {
  private Trees() {}

  public static void deleteQuietly(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      List<Path> paths;
      try (Stream<Path> walk = Files.walk(root)) {
        paths = walk.toList();
      }
      for (Path p : paths) {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          p.toFile().setWritable(true, true);
        }
      }
      for (int i = paths.size() - 1; i >= 0; i--) {
        Files.deleteIfExists(paths.get(i));
      }
    } catch (IOException | UncheckedIOException ignored) {
      // best effort: the caller reports its own failure, and leftovers are hidden and harmless
    }
  }
}
