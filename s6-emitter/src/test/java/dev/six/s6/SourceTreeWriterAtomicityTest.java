package dev.six.s6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write leaves the target as it was and no temporary directory behind. */
class SourceTreeWriterAtomicityTest {
  @TempDir
  Path temp;

  private static ServiceRecord service(String name) {
    return new ServiceRecord(name, List.of(name), ServiceType.ONESHOT, null, null, "true\n", null,
        List.of(), List.of(), List.of(), null, null, null, null, new TreeMap<>(), null, List.of(), null, null);
  }

  @Test
  void aNonEmptyTargetIsRefusedAndKept() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("out"));
    Files.writeString(dir.resolve("keep"), "x");
    assertThrows(UncheckedIOException.class,
        () -> SourceTreeWriter.write(new HostDescription(List.of(service("a"))), dir));
    assertEquals(List.of(dir.resolve("keep")), list(dir));
    assertEquals(List.of(dir), list(temp));
  }

  @Test
  void aFailureMidwayWritesNothing() throws IOException {
    Path dir = temp.resolve("out");
    HostDescription host = new HostDescription(List.of(service("a"), service("..")));
    assertThrows(IllegalArgumentException.class, () -> SourceTreeWriter.write(host, dir));
    assertFalse(Files.exists(dir));
    assertEquals(List.of(), list(temp));
  }

  @Test
  void anEmptyTargetIsReplaced() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("out"));
    SourceTreeWriter.write(new HostDescription(List.of(service("a"))), dir);
    assertEquals("oneshot\n", Files.readString(dir.resolve("a/type")));
    assertEquals("true\n", Files.readString(dir.resolve("a/up")));
    assertEquals(List.of(dir), list(temp));
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
