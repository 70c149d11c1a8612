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
 * Damaged databases are reported as the real s6-rc-db reports them: for every case of
 * {@code db-corrupt/}, the runs of its {@code expected.txt} give the same output, message and
 * status from {@link DbTool}.
 */
class CorruptDatabaseTest {
  private static final Path CASES = Path.of("src", "test", "resources", "db-corrupt");

  @TempDir
  Path temp;

  @TestFactory
  List<DynamicTest> corruptionReportedAsS6RcDb() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> cases = Files.list(CASES)) {
      for (Path c : cases.filter(Files::isDirectory).sorted().toList()) {
        tests.add(DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
      }
    }
    assertTrue(tests.size() >= 20, "the data set is there: " + CASES.toAbsolutePath());
    return tests;
  }

  private void check(Path caseDir) throws IOException {
    Path work = temp.resolve(caseDir.getFileName().toString());
    Path compiled = Files.createDirectories(work.resolve("compiled"));
    for (String f : List.of("lock", "n", "db", "resolve.cdb")) {
      if (Files.exists(caseDir.resolve(f))) {
        Files.copy(caseDir.resolve(f), compiled.resolve(f));
      }
    }
    String expected = Files.readString(caseDir.resolve("expected.txt"), StandardCharsets.ISO_8859_1);
    assertEquals(expected, DbTranscript.replay(work, expected));
  }
}
