package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parse cache removes entries unused for 30 days and temporary files older than a day, at most
 * once a day, and keeps entries that are read even when they were written long ago.
 */
class ParseCachePruningTest {
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  @TempDir
  Path dir;

  @Test
  void unusedEntriesAndStaleTemporaryFilesGoOthersStay() throws IOException {
    Path old = file("0123456789abcdef0123456789abcdef", Duration.ofDays(31));
    Path recent = file("fedcba9876543210fedcba9876543210", Duration.ofDays(29));
    Path staleTemporary = file("0123456789abcdef0123456789abcdef123.tmp", Duration.ofHours(25));
    Path writing = file("fedcba9876543210fedcba9876543210456.tmp", Duration.ofMinutes(1));
    ParseCachePruning.maybePrune(dir, NOW);
    assertFalse(Files.exists(old), "unused for 31 days");
    assertFalse(Files.exists(staleTemporary), "left by a write interrupted a day ago");
    assertTrue(Files.exists(recent), "used 29 days ago");
    assertTrue(Files.exists(writing), "a write going on now");
  }

  @Test
  void atMostOnceADay() throws IOException {
    ParseCachePruning.maybePrune(dir, NOW);
    Path old = file("0123456789abcdef0123456789abcdef", Duration.ofDays(40));
    ParseCachePruning.maybePrune(dir, NOW.plus(Duration.ofHours(23)));
    assertTrue(Files.exists(old), "pruned 23 hours ago: not again yet");
    ParseCachePruning.maybePrune(dir, NOW.plus(Duration.ofHours(25)));
    assertFalse(Files.exists(old), "a day later it is");
  }

  @Test
  void readingAnEntryKeepsIt() throws IOException {
    Path entry = file("0123456789abcdef0123456789abcdef", Duration.ofDays(29));
    ParseCachePruning.used(entry, NOW);
    assertEquals(NOW, Files.getLastModifiedTime(entry).toInstant(), "marked as used now");
    ParseCachePruning.maybePrune(dir, NOW.plus(Duration.ofDays(2)));
    assertTrue(Files.exists(entry), "written 31 days before, read 2 days before");
    Instant marked = NOW.minus(Duration.ofHours(2));
    Files.setLastModifiedTime(entry, FileTime.from(marked));
    ParseCachePruning.used(entry, NOW);
    assertEquals(marked, Files.getLastModifiedTime(entry).toInstant(), "marked within the day: left as is");
  }

  @Test
  void aMissingDirectoryIsNoError() {
    ParseCachePruning.maybePrune(dir.resolve("absent"), NOW);
    ParseCachePruning.used(dir.resolve("absent").resolve("entry"), NOW);
  }

  private Path file(String name, Duration age) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, new byte[] {1});
    Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
    return file;
  }
}
