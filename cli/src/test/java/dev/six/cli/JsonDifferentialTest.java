package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.six.grammar.oracle.NixInstantiate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every {@code eval-okay} case through {@code six instantiate --eval --strict --json} and the real
 * {@code nix-instantiate} with the same flags, in the environment of the upstream harness: the
 * same exit status, and the same output (or first error line). Nix 2.8's float and escape
 * spellings are accounted for by {@link Nix28Json}; the cases listed in
 * {@code json-divergences.txt} differ for a documented reason and are asserted to still differ.
 */
class JsonDifferentialTest {
  private static final Path CASES = Path.of("..", "evaluator", "src", "test", "resources", "eval");
  private static final Path DIVERGENCES = Path.of("src", "test", "resources", "json-divergences.txt");

  @TestFactory
  List<DynamicTest> okayCasesPrintTheJsonNixPrints() throws IOException {
    Path nix = NixInstantiate.require();
    Map<String, String> divergences = DifferentialCases.divergences(DIVERGENCES);
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(CASES)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.startsWith("eval-okay-") || !name.endsWith(".nix") || name.contains("-modern-")) {
          continue;
        }
        String reason = divergences.get(name.substring(0, name.length() - 4));
        tests.add(DynamicTest.dynamicTest(name, file.toUri(), () -> {
          Outcome theirs = nix(nix, file);
          Outcome ours = six(file);
          if (reason == null) {
            assertEquals(theirs, ours);
          } else {
            assertNotEquals(theirs, ours, "listed as diverging (" + reason + ") but agrees with Nix");
          }
        }));
      }
    }
    return tests;
  }

  /** An exit status with the JSON printed, or the first error line. */
  record Outcome(int status, String output) {}

  private static Map<String, String> environment(Path dir) {
    String pwd = dir.toString();
    return Map.of("HOME", "/fake-home", "TEST_VAR", "foo", "NIX_PATH", pwd + "/dir3:" + pwd + "/dir4");
  }

  private static List<String> args(Path file) {
    return List.of("--eval", "--strict", "--json", file.toString());
  }

  private static Outcome nix(Path nix, Path file) throws IOException, InterruptedException {
    Path dir = file.toAbsolutePath().normalize().getParent();
    NixInstantiate.Run run = NixInstantiate.run(nix, args(file.toAbsolutePath().normalize()), environment(dir),
        dir.toString());
    return run.exitCode() == 0 ? new Outcome(0, run.stdout()) : new Outcome(run.exitCode(), DifferentialCases.errorLine(run.stderr()));
  }

  private static Outcome six(Path file) {
    Path dir = file.toAbsolutePath().normalize().getParent();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal = Terminal.of(new ByteArrayInputStream(new byte[0]), out, err, environment(dir), dir.toString());
    int status = new CommandLine(new InstantiateCommand(terminal).spec())
        .execute(args(file.toAbsolutePath().normalize()).toArray(new String[0]));
    String stdout = out.toString(StandardCharsets.ISO_8859_1);
    String stderr = err.toString(StandardCharsets.ISO_8859_1);
    return status == 0 ? new Outcome(0, Nix28Json.of(stdout)) : new Outcome(status, DifferentialCases.errorLine(stderr));
  }
}
