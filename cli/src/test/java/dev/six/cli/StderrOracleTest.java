package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * What {@code six instantiate --eval --strict} writes to standard error is, byte for byte, what
 * {@code nix-instantiate} writes, with and without {@code --show-trace}: error layout, the frames
 * Nix records, the hint to use {@code --show-trace}, and what Nix's logger does to every message
 * (escape sequences, tabs). One test per file in {@code src/test/resources/stderr/} and flag.
 */
class StderrOracleTest {
  private static final Path CASES = Path.of("src", "test", "resources", "stderr");

  @TestFactory
  List<DynamicTest> standardErrorIsNixs() throws IOException {
    Path nix = NixInstantiate.require();
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(CASES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".nix")).sorted().toList()) {
        for (boolean showTrace : new boolean[] {false, true}) {
          String name = file.getFileName() + (showTrace ? " --show-trace" : "");
          tests.add(DynamicTest.dynamicTest(name, file.toUri(), () -> {
            List<String> args = args(file, showTrace);
            Path dir = file.toAbsolutePath().normalize().getParent();
            NixInstantiate.Run theirs = NixInstantiate.run(nix, args, Map.of("HOME", "/fake-home"), dir.toString());
            assertEquals(theirs.stderr(), six(args, dir));
          }));
        }
      }
    }
    return tests;
  }

  private static List<String> args(Path file, boolean showTrace) {
    List<String> args = new ArrayList<>(List.of("--eval", "--strict"));
    if (showTrace) {
      args.add("--show-trace");
    }
    args.add(file.toAbsolutePath().normalize().toString());
    return args;
  }

  private static String six(List<String> args, Path dir) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal = Terminal.of(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), err,
        Map.of("HOME", "/fake-home"), dir.toString());
    new CommandLine(new InstantiateCommand(terminal).spec()).execute(args.toArray(new String[0]));
    return err.toString(StandardCharsets.ISO_8859_1);
  }
}
