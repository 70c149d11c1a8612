package dev.six.eval.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.eval.error.NixError;
import dev.six.eval.golden.EvalCase;
import dev.six.eval.io.DiskIO;
import dev.six.eval.print.ValuePrinter;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.DeepForce;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.value.Value;
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
import org.junit.jupiter.api.TestFactory;

/**
 * The output formats of {@code nix-instantiate --eval}: each {@code print/NAME.nix} is printed with
 * the flags in {@code NAME.flags} ({@code --xml}, {@code --json} or neither for Nix's own format,
 * {@code --strict}, {@code --no-location}) and must give {@code NAME.exp}, or fail
 * as {@code NAME.err.exp} says. Expected files come from Nix 2.8 unless the name says
 * {@code modern}.
 */
class PrinterGoldenTest {
  private static final Path DIR = Path.of("src", "test", "resources", "print");

  @TestFactory
  List<DynamicTest> cases() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".nix")).sorted().toList()) {
        tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> check(file)));
      }
    }
    assertTrue(tests.size() > 0);
    return tests;
  }

  private static void check(Path file) throws IOException {
    String base = file.getFileName().toString().replaceFirst("\\.nix$", "");
    List<String> flags = List.of(Files.readString(file.resolveSibling(base + ".flags")).trim().split("\\s+"));
    Path okay = file.resolveSibling(base + ".exp");
    Path fail = file.resolveSibling(base + ".err.exp");
    assertTrue(Files.exists(okay) != Files.exists(fail), "exactly one of " + okay + " and " + fail);
    Outcome outcome = run(file.toAbsolutePath().normalize(), flags);
    assertEquals(Files.exists(okay), outcome.success(), outcome.output());
    String expected = Files.readString(Files.exists(okay) ? okay : fail, StandardCharsets.ISO_8859_1);
    assertEquals(expected, outcome.output());
  }

  private record Outcome(boolean success, String output) {}

  /** What {@code nix-instantiate --eval FLAGS FILE} prints, the case directory shown as /pwd. */
  private static Outcome run(Path file, List<String> flags) {
    Path dir = file.getParent();
    String pwd = dir.toString();
    boolean strict = flags.contains("--strict");
    boolean location = !flags.contains("--no-location");
    Evaluator evaluator = new Evaluator(EvalCase.settings(dir), new DiskIO(),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.ISO_8859_1));
    try {
      Value root = evaluator.evalFile(file.toString());
      String out = evaluator.run(() -> {
        Value v = evaluator.state().force(root);
        ContextCollector context = new ContextCollector();
        if (flags.contains("--xml")) {
          return XmlPrinter.print(evaluator.state(), v, strict, location, context);
        }
        if (flags.contains("--json")) {
          return JsonPrinter.print(evaluator.state(), v, strict, true, null, context) + "\n";
        }
        if (strict) {
          DeepForce.force(evaluator.state(), v);
        }
        return ValuePrinter.print(evaluator.state(), v, true) + "\n";
      });
      return new Outcome(true, out.replace(pwd, "/pwd"));
    } catch (NixError e) {
      String where = e.pos() == null ? "" : "\nat " + e.pos().toString().replace(pwd, "/pwd");
      return new Outcome(false, "error: " + e.getMessage().replace(pwd, "/pwd") + where + "\n");
    }
  }
}
