package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The deliberately broken sites of {@code corpus/broken/<case>/}: {@code nix-instantiate --eval
 * --strict --json default.nix} fails with the diagnostic in {@code expected.txt}, and six fails
 * with exactly the same one. The diagnostic is the {@code error: …} message (all its lines) and,
 * when Nix shows a position, its {@code at FILE:L:C:} line, with the case directory written
 * {@code <case>} and the corpus directory {@code <corpus>} (see corpus/broken/README.md).
 * {@code -Dgolden.update=true} rewrites each {@code expected.txt} from Nix. A case with an
 * {@code expected-six.txt} is a known difference: six must print that instead, at Nix's position.
 */
class BrokenCorpusTest {
  private static final Path CORPUS = Path.of("..", "corpus").toAbsolutePath().normalize();
  private static final Path BROKEN = CORPUS.resolve("broken");
  private static final Map<String, String> ENVIRONMENT = Map.of("HOME", NixInstantiate.HOME);
  private static final List<String> ARGS = List.of("--eval", "--strict", "--json", "default.nix");

  @TestFactory
  List<DynamicTest> brokenSitesFailAlikeUnderNixAndSix() throws IOException {
    Path nix = NixInstantiate.require();
    boolean update = Boolean.getBoolean("golden.update");
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(BROKEN)) {
      cases = dirs.filter(d -> Files.isRegularFile(d.resolve("default.nix"))).sorted().toList();
    }
    assertTrue(cases.size() >= 12, "too few cases under " + BROKEN + ": " + cases.size());
    for (Path dir : cases) {
      tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), dir.toUri(), () -> {
        Path expectedFile = dir.resolve("expected.txt");
        NixInstantiate.Run theirs = NixInstantiate.run(nix, ARGS, ENVIRONMENT, dir.toString());
        assertNotEquals(0, theirs.exitCode(), "nix-instantiate succeeded; the case is not broken");
        String fromNix = diagnostic(theirs.stderr(), dir);
        assertNotEquals("", fromNix, "no error: line from nix-instantiate:\n" + theirs.stderr());
        if (update) {
          Files.writeString(expectedFile, fromNix, StandardCharsets.UTF_8);
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        assertEquals(expected, fromNix, "nix-instantiate's diagnostic:\n" + theirs.stderr());
        // A known difference (listed in corpus/broken/README.md): six's own diagnostic is pinned in
        // expected-six.txt, and must still point at the same position as Nix's.
        Path knownDifference = dir.resolve("expected-six.txt");
        if (Files.isRegularFile(knownDifference)) {
          String ours = Files.readString(knownDifference, StandardCharsets.UTF_8);
          assertEquals(ours, six(dir), "six's diagnostic (a known difference: expected-six.txt)");
          assertEquals(position(expected), position(ours), "the known difference must keep Nix's position");
        } else {
          assertEquals(expected, six(dir), "six's diagnostic");
        }
      }));
    }
    return tests;
  }

  /** six instantiate's diagnostic for a case, or a description of what it did instead of failing. */
  private static String six(Path dir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal = Terminal.of(new ByteArrayInputStream(new byte[0]), out, err, ENVIRONMENT, dir.toString());
    int status = new CommandLine(new InstantiateCommand(terminal).spec()).execute(ARGS.toArray(new String[0]));
    String stderr = err.toString(StandardCharsets.ISO_8859_1);
    if (status == 0) {
      return "exit 0: " + out.toString(StandardCharsets.ISO_8859_1);
    }
    String diagnostic = diagnostic(stderr, dir);
    return diagnostic.isEmpty() ? "exit " + status + ", no error: line:\n" + stderr : diagnostic;
  }

  /** The {@code at FILE:L:C:} line of a diagnostic, or "" without one. */
  private static String position(String diagnostic) {
    return diagnostic.lines().filter(l -> l.startsWith("at ")).findFirst().orElse("");
  }

  /**
   * The first {@code error: …} message of {@code stderr} (up to the blank line or the
   * {@code --show-trace} hint that ends it), then the {@code at FILE:L:C:} line that follows it if
   * any, unindented; absolute paths of the case and the corpus replaced by placeholders.
   */
  static String diagnostic(String stderr, Path dir) {
    String[] lines = stderr.split("\n", -1);
    int i = 0;
    while (i < lines.length && !lines[i].startsWith("error: ")) {
      i++;
    }
    if (i == lines.length) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (; i < lines.length && !lines[i].isBlank() && !lines[i].startsWith("(use '--show-trace'"); i++) {
      out.append(lines[i]).append('\n');
    }
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    if (i < lines.length && lines[i].strip().startsWith("at ")) {
      out.append(lines[i].strip()).append('\n');
    }
    return out.toString().replace(dir.toString(), "<case>").replace(CORPUS.toString(), "<corpus>");
  }
}
