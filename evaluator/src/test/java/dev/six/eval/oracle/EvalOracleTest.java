package dev.six.eval.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.eval.golden.EvalCase;
import dev.six.grammar.oracle.NixInstantiate;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test against the real {@code nix-instantiate --eval --strict}: every
 * {@code eval-okay} case must print what Nix prints, and every {@code eval-fail} case must fail in
 * Nix too. Cases named {@code *-modern-*} pin current Nix's behaviour where Nix 2.8 differs
 * (docs/nix-2.8-divergences.md) and are checked against their expected files only.
 */
class EvalOracleTest {
  static final Path DIR = Path.of("src", "test", "resources", "eval");

  @TestFactory
  List<DynamicTest> casesEvaluateAsNixEvaluatesThem() throws IOException {
    Path nix = NixInstantiate.require();
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".nix") || name.contains("-modern-")
            || !(name.startsWith("eval-okay-") || name.startsWith("eval-fail-"))) {
          continue;
        }
        tests.add(DynamicTest.dynamicTest(name, file.toUri(), () -> compare(nix, file)));
      }
    }
    return tests;
  }

  /** Nix's "error: ..." line; warnings and traces may come before it. */
  private static String firstErrorLine(String stderr) {
    for (String line : stderr.split("\n")) {
      if (line.startsWith("error:")) {
        return line;
      }
    }
    return stderr.split("\n", 2)[0];
  }

  private static void compare(Path nix, Path file) throws IOException, InterruptedException {
    Path dir = file.toAbsolutePath().normalize().getParent();
    String pwd = dir.toString();
    ProcessBuilder builder = new ProcessBuilder(nix.toString(), "--eval", "--strict", file.toAbsolutePath().toString());
    builder.environment().clear();
    builder.environment().put("HOME", "/fake-home");
    builder.environment().put("TEST_VAR", "foo");
    builder.environment().put("NIX_PATH", pwd + "/dir3:" + pwd + "/dir4");
    builder.environment().put("PATH", "/usr/bin:/bin");
    builder.environment().put("NIX_REMOTE", "dummy://");
    builder.directory(new File(pwd));
    Process process = builder.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    EvalCase.Outcome ours = EvalCase.run(file);
    boolean okay = file.getFileName().toString().startsWith("eval-okay-");
    if (okay) {
      assertEquals(0, process.exitValue(), () -> "Nix fails: " + err);
      assertEquals(out.replace(pwd, "/pwd"), ours.output());
    } else {
      assertEquals(1, process.exitValue(), () -> "Nix succeeds: " + out);
      assertTrue(!ours.success(), () -> "six succeeds: " + ours.output());
      String nixFirstLine = firstErrorLine(err).replace(pwd, "/pwd");
      assertEquals(nixFirstLine, ours.output().split("\n", 2)[0]);
    }
  }
}
