package dev.six.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the parse cache from growing without bound. An entry's modification time is when it was
 * last used (written, or read more than a day after it was last marked); at most once a day, the
 * run that writes an entry removes those unused for 30 days (files since deleted or moved,
 * temporary files evaluated once) and temporary files an interrupted write left. A removed entry
 * that is needed again costs one parse. Failures are ignored: pruning never fails a run.
 */
final class ParseCachePruning {
  static final Duration UNUSED = Duration.ofDays(30);
  static final Duration INTERVAL = Duration.ofDays(1);
  /** Touched by each pruning; not an entry name (those are 16 hexadecimal digits). */
  static final String MARKER = "last-pruned";

  private ParseCachePruning() {}

  /** Marks {@code entry} as used at {@code now}, unless it was marked within the last day. */
  static void used(Path entry, Instant now) {
    try {
      if (Files.getLastModifiedTime(entry).toInstant().isBefore(now.minus(INTERVAL))) {
        Files.setLastModifiedTime(entry, FileTime.from(now));
      }
    } catch (IOException | UncheckedIOException | SecurityException ignored) {
      // An entry that cannot be marked is pruned a little early and parsed again.
    }
  }

  /** Prunes {@code directory} unless that was done within the last day. */
  static void maybePrune(Path directory, Instant now) {
    try {
      Path marker = directory.resolve(MARKER);
      if (Files.exists(marker) && Files.getLastModifiedTime(marker).toInstant().isAfter(now.minus(INTERVAL))) {
        return;
      }
      Files.write(marker, new byte[0]);
      Files.setLastModifiedTime(marker, FileTime.from(now));
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
        for (Path entry : entries) {
          String name = entry.getFileName().toString();
          if (name.equals(MARKER)) {
            continue;
          }
          Duration keep = name.endsWith(".tmp") ? INTERVAL : UNUSED;
          if (Files.getLastModifiedTime(entry).toInstant().isBefore(now.minus(keep))) {
            Files.deleteIfExists(entry);
          }
        }
      }
    } catch (IOException | UncheckedIOException | SecurityException ignored) {
      // The next writing run a day later tries again.
    }
  }
}
