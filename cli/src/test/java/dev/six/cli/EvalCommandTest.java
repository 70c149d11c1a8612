package dev.six.cli;

import dev.six.grammar.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code six eval} as a user runs it: each {@code eval-command/<case>.nix} gives the command's
 * arguments on its first line ({@code # args: ...}, {@code THIS} standing for the case's own file
 * name), and {@code <case>.expected} holds the standard output, standard error and exit status of
 * the command run in that directory.
 */
class EvalCommandTest {
  private static final Path CASES = Golden.resources("eval-command").toAbsolutePath();

  @TestFactory
  List<DynamicTest> cases() {
    return Golden.tests(CASES, EvalCommandTest::run);
  }

  private static String run(Path file) {
    List<String> args = arguments(file);
    ScratchStore.Run run = InProcess.run(EvalCommand::new, Map.of("HOME", "/fake-home"), CASES.toString(), args);
    String dir = CASES.toString();
    return "$ six eval " + String.join(" ", args) + "\n" + run.stdout().replace(dir, "<dir>")
        + (run.stdout().isEmpty() || run.stdout().endsWith("\n") ? "" : "\n(no final line break)\n")
        + "--- stderr\n" + run.stderr().replace(dir, "<dir>") + "exit " + run.exitCode() + "\n";
  }

  private static List<String> arguments(Path file) {
    try {
      String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
      if (!first.startsWith("# args: ")) {
        throw new IllegalArgumentException(file + ": the first line must be '# args: ...'");
      }
      List<String> args = new ArrayList<>();
      for (String word : Arrays.asList(first.substring("# args: ".length()).split(" "))) {
        args.add(word.equals("THIS") ? file.getFileName().toString() : word);
      }
      return args;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
