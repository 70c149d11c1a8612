package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.grammar.testing.Golden;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * {@code six check <case>} for every case of {@code corpus/broken} and {@code corpus/broken-s6}:
 * its output and exit status are {@code check/<kind>/<case>.expected}, and they contain the
 * diagnostic the case's {@code expected.txt} gives (Nix's message, or six build's s6-rc error),
 * at the position it gives when it gives one.
 */
class CheckGoldenTest {
  private static final Path CORPUS = Path.of("..", "corpus").toAbsolutePath().normalize();
  private static final Pattern LOCATED = Pattern.compile("^(<corpus>/\\S+:\\d+:\\d+): (?:error|warning): (.*)$");
  private static final Pattern AT = Pattern.compile("^at (<case>/\\S+:\\d+:\\d+):$");

  @TestFactory
  List<DynamicTest> everyBrokenCase() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String kind : List.of("broken", "broken-s6")) {
      try (Stream<Path> dirs = Files.list(CORPUS.resolve(kind))) {
        for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("default.nix"))).sorted().toList()) {
          String name = kind + "/" + dir.getFileName();
          tests.add(DynamicTest.dynamicTest(name, dir.toUri(), () -> check(name, dir)));
        }
      }
    }
    assertTrue(tests.size() >= 20, "too few cases: " + tests.size());
    return tests;
  }

  @org.junit.jupiter.api.Test
  void jsonCarriesWhatEvaluationFound() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int status = new CommandLine(new CheckCommand(new PrintStream(buffer, true, StandardCharsets.UTF_8)).spec())
        .execute("--json", CORPUS.resolve("broken/undefined-service").toString());
    String json = buffer.toString(StandardCharsets.UTF_8).replace(CORPUS.toString(), "<corpus>");
    assertEquals(1, status);
    assertTrue(json.contains("{\"file\": \"<corpus>/broken/undefined-service/default.nix\", \"line\": 2, \"column\": 1,"
        + " \"severity\": \"error\", \"code\": \"E015\", \"message\": \"six: the host selects the service \\\"helo\\\","
        + " which no by-name directory defines\", \"related\": [{\"file\": \"<corpus>/six/scope.nix\", \"line\": 36,"), json);
    assertTrue(json.endsWith("], \"files\": 2}\n"), json);
  }

  @org.junit.jupiter.api.Test
  void noEvalOnlyParses() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int status = new CommandLine(new CheckCommand(new PrintStream(buffer, true, StandardCharsets.UTF_8)).spec())
        .execute("--no-eval", CORPUS.resolve("broken/undefined-service").toString());
    assertEquals(0, status, buffer.toString(StandardCharsets.UTF_8));
    assertEquals("checked 2 files: no errors\n", buffer.toString(StandardCharsets.UTF_8));
  }

  private static void check(String name, Path dir) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int status = new CommandLine(new CheckCommand(new PrintStream(buffer, true, StandardCharsets.UTF_8)).spec())
        .execute(dir.toString());
    String output = buffer.toString(StandardCharsets.UTF_8).replace(CORPUS.toString(), "<corpus>");
    Golden.compare(Golden.resources("check/" + name + ".expected"), "exit " + status + "\n" + output);
    Path six = dir.resolve("expected-six.txt");
    List<String> expected = Files.readAllLines(Files.exists(six) ? six : dir.resolve("expected.txt"), StandardCharsets.UTF_8);
    String caseDir = "<corpus>/" + name;
    if (name.startsWith("broken/")) {
      assertEquals(1, status, "an evaluation error fails the check");
      String message = expected.get(0).replaceFirst("^error: ", "").replace("<case>", caseDir);
      assertTrue(output.contains("]: " + message + "\n"), "Nix's message\n" + message + "\nin\n" + output);
      for (String line : expected) {
        Matcher at = AT.matcher(line);
        if (at.matches()) {
          String where = at.group(1).replace("<case>", caseDir);
          assertTrue(output.contains(where + ": error["), "at " + where + " in\n" + output);
        }
      }
    } else {
      assertEquals(expected.get(0), "exit " + status, "six build's exit status");
      for (String line : expected.subList(1, expected.size())) {
        Matcher located = LOCATED.matcher(line);
        String message = located.matches() ? located.group(2) : line.replaceFirst("^.*(error|warning): ", "");
        assertTrue(output.contains(message), "six build's message\n" + message + "\nin\n" + output);
        if (located.matches()) {
          assertTrue(output.contains(located.group(1) + ": error["), "at " + located.group(1) + " in\n" + output);
        }
      }
    }
  }
}
