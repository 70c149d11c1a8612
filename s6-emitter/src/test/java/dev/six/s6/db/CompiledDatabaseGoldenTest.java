package dev.six.s6.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every ok case of the compile data set, every {@code s6-rc-db} run recorded in
 * {@code expected/s6-rc-db.txt} (made by the real s6-rc-db 0.5.4.1 on the real compiler's output)
 * gives the same standard output, standard error and status from {@link DbTool} on
 * {@code expected/db}.
 */
class CompiledDatabaseGoldenTest {
  static final Path CASES = Path.of("src", "test", "resources", "compile", "ok");

  @TempDir
  Path temp;

  @TestFactory
  List<DynamicTest> transcriptsMatch() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> cases = Files.list(CASES)) {
      for (Path c : cases.sorted().toList()) {
        tests.add(DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
      }
    }
    assertTrue(tests.size() >= 20, "the data set is there: " + CASES.toAbsolutePath());
    return tests;
  }

  private void check(Path caseDir) throws IOException {
    Path work = temp.resolve(caseDir.getFileName().toString());
    installCompiled(caseDir.resolve("expected/db"), work.resolve("compiled"));
    String expected = Files.readString(caseDir.resolve("expected/s6-rc-db.txt"), StandardCharsets.ISO_8859_1);
    assertEquals(expected, DbTranscript.replay(work, expected));
  }

  /** The compiled files of a case where s6-rc-db found them, with the lock file git does not keep. */
  static void installCompiled(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    for (String f : List.of("n", "db", "resolve.cdb")) {
      Files.copy(from.resolve(f), to.resolve(f));
    }
    Files.createFile(to.resolve("lock"));
  }
}
