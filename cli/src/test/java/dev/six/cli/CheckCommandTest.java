package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.six.grammar.testing.Golden;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * {@code six check} as a user sees it: each {@code check/<case>.nix} run plain, with
 * {@code --hints} and with {@code --json}, every output and exit status in {@code <case>.expected};
 * and the corpus, which CI checks, stays free of errors and warnings.
 */
class CheckCommandTest {
  @TestFactory
  List<DynamicTest> outputs() {
    return Golden.tests(Golden.resources("check"), file -> run(List.of(file.toString()))
        + "\n" + run(List.of("--hints", file.toString())) + "\n" + run(List.of("--json", file.toString())));
  }

  /** What {@code ./six check} checks (corpus/ but its broken sites): no error, no warning. */
  @Test
  void corpusHasNoErrorsOrWarnings() throws IOException {
    Path corpus = Path.of("..", "corpus").toAbsolutePath().normalize();
    List<String> paths = new ArrayList<>();
    try (Stream<Path> entries = Files.list(corpus)) {
      entries.filter(p -> !p.getFileName().toString().startsWith("broken")).sorted().forEach(p -> paths.add(p.toString()));
    }
    assertClean(run(paths));
    // corpus/broken-s6's sites evaluate to hosts s6-rc refuses, on purpose: only their text must be clean
    assertClean(run(List.of("--no-eval", corpus.resolve("broken-s6").toString())));
  }

  private static void assertClean(String output) {
    assertEquals(1, output.lines().filter(line -> line.startsWith("checked ")).count(), output);
    assertEquals(0, output.lines().filter(line -> line.contains(": error[") || line.contains(": warning[")).count(), output);
    assertEquals("exit 0", output.lines().reduce((a, b) -> b).orElse(""), output);
  }

  private static String run(List<String> args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int status = new CommandLine(new CheckCommand(out).spec()).execute(args.toArray(new String[0]));
    out.flush();
    return "$ six check " + String.join(" ", args) + "\n" + bytes.toString(StandardCharsets.UTF_8) + "exit " + status + "\n";
  }
}
