package dev.six.lsp.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A file's size and modification time, kept with its index entry so that a restart reads and
 * hashes only the files whose stamp changed (as git's index and make do). A stamp is trusted only
 * when the file was last modified well before it was taken: a change within the same clock tick
 * as an earlier one could keep both, so a recent file's stamp is left empty and it is hashed again.
 */
final class FileStamp {
  /** Later changes than this before the stamp is taken might share the file's timestamp. */
  private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

  /** What marks a file whose content must be read to be compared. */
  static final String NONE = "";

  private FileStamp() {
  }

  /** The stamp of {@code file} now, or {@link #NONE} when it cannot be trusted or read. */
  static String of(Path file, Instant now) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      Instant modified = attributes.lastModifiedTime().toInstant();
      long ageNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano()
          - (modified.getEpochSecond() * 1_000_000_000L + modified.getNano());
      if (ageNanos < RACY_NANOS) {
        return NONE;
      }
      return attributes.size() + ":" + modified.getEpochSecond() + "." + modified.getNano();
    } catch (IOException unreadable) {
      return NONE;
    }
  }
}
