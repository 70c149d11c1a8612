package dev.six.eval.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The evaluator's golden cases, named as upstream Nix names them: {@code eval-okay-X.nix} must
 * evaluate (strictly) to {@code eval-okay-X.exp}; {@code eval-fail-X.nix} must fail with
 * {@code eval-fail-X.err.exp} (first line and position); an {@code eval-okay-X.err.exp}, when there
 * is one, is what the case must log (warnings, traces), as upstream. Cases under {@code notyetpassing/} are
 * asserted to still fail. {@code -Dgolden.update=true} rewrites expected files.
 */
class EvalGoldenTest {
  static final Path DIR = Path.of("src", "test", "resources", "eval");

  @TestFactory
  List<DynamicTest> cases() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : list(DIR)) {
      tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> check(file, false)));
    }
    for (Path file : list(DIR.resolve("notyetpassing"))) {
      tests.add(DynamicTest.dynamicTest("notyetpassing/" + file.getFileName(), file.toUri(), () -> check(file, true)));
    }
    assertFalse(tests.isEmpty());
    return tests;
  }

  static List<Path> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> {
        String name = p.getFileName().toString();
        return (name.startsWith("eval-okay-") || name.startsWith("eval-fail-")) && name.endsWith(".nix");
      }).sorted().toList();
    }
  }

  static Path expected(Path file) {
    String name = file.getFileName().toString();
    String base = name.substring(0, name.length() - ".nix".length());
    return file.resolveSibling(base + (name.startsWith("eval-okay-") ? ".exp" : ".err.exp"));
  }

  private static void check(Path file, boolean notYetPassing) throws IOException {
    boolean okay = file.getFileName().toString().startsWith("eval-okay-");
    EvalCase.Outcome outcome = EvalCase.run(file);
    Path expected = expected(file);
    if (notYetPassing) {
      assertTrue(Files.exists(expected), "a notyetpassing case needs its correct output in " + expected);
      boolean passes = outcome.success() == okay && outcome.output().equals(read(expected));
      assertFalse(passes, file + " passes now: move it out of notyetpassing/");
      return;
    }
    if (outcome.success() != okay) {
      fail((okay ? "expected success, got " : "expected an error, got ") + outcome.output());
    }
    if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
      boolean existed = Files.exists(expected);
      Files.writeString(expected, outcome.output(), StandardCharsets.ISO_8859_1);
      if (!existed && !Boolean.getBoolean("golden.update")) {
        fail("wrote missing " + expected + "; review it and rerun");
      }
      return;
    }
    assertEquals(read(expected), outcome.output());
    Path expectedLog = file.resolveSibling(expected.getFileName().toString().replace(".exp", ".err.exp"));
    if (okay && Files.exists(expectedLog)) {
      assertEquals(read(expectedLog), outcome.log(), "what the case logged");
    }
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.ISO_8859_1);
  }
}
