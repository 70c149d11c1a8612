package dev.six.s6.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A result is only ever replaced whole: until {@code commit}, the link shows the previous result;
 * an abandoned or killed build leaves it untouched, and what it left behind goes with the next
 * commit; a directory the user made is never taken over; names cannot escape the output directory.
 */
class ResultDirectoryTest {
  @TempDir
  Path out;

  @Test
  void commitMakesTheGenerationTheResult() throws IOException {
    ResultDirectory result = new ResultDirectory(out, "host");
    write(result, "first");
    assertEquals("first", Files.readString(out.resolve("host/marker")));
    write(result, "second");
    assertEquals("second", Files.readString(out.resolve("host/marker")));
    assertEquals(1, generations().size(), "the replaced generation is removed: " + generations());
  }

  @Test
  void anAbandonedBuildLeavesThePreviousResult() throws IOException {
    ResultDirectory result = new ResultDirectory(out, "host");
    write(result, "good");
    Path generation = result.newGeneration();
    Files.writeString(generation.resolve("marker"), "half");
    assertEquals("good", Files.readString(out.resolve("host/marker")), "not visible before commit");
    result.abandon(generation);
    assertEquals("good", Files.readString(out.resolve("host/marker")));
    assertFalse(Files.exists(generation));
  }

  @Test
  void whatAKilledBuildLeftIsRemovedByTheNextCommit() throws IOException {
    ResultDirectory result = new ResultDirectory(out, "host");
    write(result, "good");
    Path orphan = Files.createDirectory(out.resolve(".host-killed"));
    Files.createDirectories(orphan.resolve("s6-rc/data"));
    orphan.resolve("s6-rc/data").toFile().setWritable(false);
    assertEquals("good", Files.readString(out.resolve("host/marker")), "the orphan is never linked");
    write(result, "next");
    assertFalse(Files.exists(orphan), "read-only leftovers are removed too");
    assertEquals(1, generations().size());
  }

  @Test
  void aDirectoryTheUserMadeIsNotReplaced() throws IOException {
    Files.createDirectories(out.resolve("host"));
    Files.writeString(out.resolve("host/mine"), "keep");
    ResultDirectory result = new ResultDirectory(out, "host");
    assertThrows(FileAlreadyExistsException.class, result::newGeneration);
    assertEquals("keep", Files.readString(out.resolve("host/mine")));
  }

  @Test
  void namesCannotLeaveTheOutputDirectory() {
    for (String bad : List.of("", ".", "..", "../x", "a/b", ".hidden")) {
      assertThrows(IllegalArgumentException.class, () -> new ResultDirectory(out, bad), bad);
    }
  }

  private static void write(ResultDirectory result, String marker) throws IOException {
    Path generation = result.newGeneration();
    Files.writeString(generation.resolve("marker"), marker);
    result.commit(generation);
    assertTrue(Files.isSymbolicLink(result.path()));
  }

  private List<Path> generations() throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.filter(p -> p.getFileName().toString().startsWith(".host-")).toList();
    }
  }
}
