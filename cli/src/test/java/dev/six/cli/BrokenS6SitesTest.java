package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.grammar.testing.Golden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sites of {@code corpus/broken-s6/<case>/}: they evaluate, but s6-rc-compile would refuse
 * (or warn about) their databases. {@code six build} prints s6-rc-compile's message at the Nix
 * that caused it; {@code expected.txt} holds the exit status and standard error, with the corpus
 * directory written {@code <corpus>}. A failed host leaves no result behind.
 */
class BrokenS6SitesTest {
  private static final Path CORPUS = Path.of("..", "corpus").toAbsolutePath().normalize();

  @TempDir
  Path temp;

  @TestFactory
  List<DynamicTest> everyCaseReportsItsError() throws IOException {
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(CORPUS.resolve("broken-s6"))) {
      cases = dirs.filter(d -> Files.isRegularFile(d.resolve("default.nix"))).sorted().toList();
    }
    assertTrue(cases.size() >= 6, "too few cases: " + cases.size());
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), dir.toUri(), () -> {
      Path out = temp.resolve(dir.getFileName().toString());
      ScratchStore.Run run = InProcess.run(BuildCommand::new, Map.of("HOME", "/fake-home"), temp.toString(),
          List.of("--no-firmware", "-o", out.toString(), dir.toString()));
      String actual = "exit " + run.exitCode() + "\n" + run.stderr().replace(CORPUS.toString(), "<corpus>");
      Golden.compare(dir.resolve("expected.txt"), actual);
      if (run.exitCode() != 0) {
        assertFalse(hasEntries(out), "a failed build leaves no result: " + out);
      }
    })).toList();
  }

  private static boolean hasEntries(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.anyMatch(p -> !p.getFileName().toString().endsWith(".lock"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
