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
 * The corpus's own tests: every {@code tests.nix} and {@code tests/*.nix} under {@code corpus/}
 * is a list of failures, as nixpkgs' {@code runTests} gives, and must be {@code [ ]} under the
 * real {@code nix-instantiate --eval --strict} and, identically, under six.
 */
class CorpusSelfTestsTest {
  private static final Path CORPUS = Path.of("..", "corpus").toAbsolutePath().normalize();
  private static final Map<String, String> ENVIRONMENT = Map.of("HOME", NixInstantiate.HOME);

  @TestFactory
  List<DynamicTest> corpusTestsPassUnderNixAndSix() throws IOException {
    Path nix = NixInstantiate.require();
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CORPUS)) {
      for (Path file : files.filter(CorpusSelfTestsTest::isTestFile).sorted().toList()) {
        tests.add(DynamicTest.dynamicTest(CORPUS.relativize(file).toString(), file.toUri(), () -> {
          List<String> args = List.of("--eval", "--strict", file.toString());
          NixInstantiate.Run theirs = NixInstantiate.run(nix, args, ENVIRONMENT, file.getParent().toString());
          assertEquals("[ ]\n", theirs.stdout(), "nix-instantiate: " + theirs.stderr());
          assertEquals(theirs.stdout(), six(args, file.getParent()));
        }));
      }
    }
    return tests;
  }

  private static boolean isTestFile(Path file) {
    String name = file.getFileName().toString();
    return name.equals("tests.nix")
        || name.endsWith(".nix") && file.getParent().getFileName().toString().equals("tests");
  }

  private static String six(List<String> args, Path dir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal = Terminal.of(new ByteArrayInputStream(new byte[0]), out, err, ENVIRONMENT, dir.toString());
    int status = new CommandLine(new InstantiateCommand(terminal).spec()).execute(args.toArray(new String[0]));
    String stdout = out.toString(StandardCharsets.ISO_8859_1);
    return status == 0 ? stdout : "exit " + status + ": " + err.toString(StandardCharsets.ISO_8859_1);
  }
}
