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
 * {@code six db} also reads the 0.7 layout: for every ok case, the database s6-rc-compile 0.7.0.0
 * made ({@code expected-0.7/db}) answers every recorded s6-rc-db question as the 0.5.4.1 one
 * does, except {@code flags} (0.7 makes the internal services essential and adds
 * {@code flag-recommended}). Same sources, same services, same graph.
 */
class SevenLayoutReadTest {
  @TempDir
  Path temp;

  @TestFactory
  List<DynamicTest> the07DatabaseAnswersAsThe05One() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> cases = Files.list(CompiledDatabaseGoldenTest.CASES)) {
      for (Path c : cases.sorted().toList()) {
        if (Files.isDirectory(c.resolve("expected-0.7/db"))) {
          tests.add(DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
        }
      }
    }
    assertTrue(tests.size() >= 30, "0.7 expectations are there");
    return tests;
  }

  private void check(Path caseDir) throws IOException {
    String transcript = Files.readString(caseDir.resolve("expected/s6-rc-db.txt"), StandardCharsets.ISO_8859_1);
    StringBuilder questions = new StringBuilder();
    for (List<String> args : DbTranscript.commands(transcript)) {
      if (!args.contains("flags")) {
        questions.append("$ s6-rc-db ").append(String.join(" ", args.stream().map(SevenLayoutReadTest::plain).toList()))
            .append('\n');
      }
    }
    Path five = temp.resolve(caseDir.getFileName() + "-05");
    Path seven = temp.resolve(caseDir.getFileName() + "-07");
    CompiledDatabaseGoldenTest.installCompiled(caseDir.resolve("expected/db"), five.resolve("compiled"));
    CompiledDatabaseGoldenTest.installCompiled(caseDir.resolve("expected-0.7/db"), seven.resolve("compiled"));
    String asked = questions.toString();
    assertEquals(DbTranscript.replay(five, asked), DbTranscript.replay(seven, asked));
  }

  /** An argument as a transcript header writes it. */
  private static String plain(String arg) {
    return arg.matches("[A-Za-z0-9._/:@%+=,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
  }
}
