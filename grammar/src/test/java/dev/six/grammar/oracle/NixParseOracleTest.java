package dev.six.grammar.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.six.grammar.desugar.Desugarer;
import dev.six.grammar.desugar.ExprPrinter;
import dev.six.grammar.desugar.SourceContext;
import dev.six.grammar.desugar.StaticCheck;
import dev.six.grammar.desugar.SymbolTable;
import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.parse.FullParser;
import dev.six.grammar.parse.IndexParser;
import dev.six.grammar.syntax.LineMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test against the real {@code nix-instantiate --parse}: every {@code .nix} file of
 * the repository (the parser's test cases among them) is parsed by both, one test per file; the
 * Xtext parser must accept and reject the same files.
 *
 * <ul>
 *   <li>Files Nix accepts must be accepted, and printed byte for byte as Nix prints them. The only
 *       tolerated difference is the order of {@code let} bindings and formals, which Nix 2.8 takes
 *       from glibc malloc's addresses (docs/nix-2.8-divergences.md): such files must print
 *       identically once both sides list bindings by name.
 *   <li>Files Nix rejects must be rejected, and for {@code parser/err} cases the position Nix
 *       reports must be the position of one of our diagnostics.
 *   <li>{@code parser/modern} cases use syntax newer than Nix 2.8: Nix must reject them, we accept.
 * </ul>
 */
class NixParseOracleTest {
  private static final FullParser FULL = new FullParser();
  private static final Set<String> SKIPPED_DIRECTORIES =
      Set.of("target", ".git", "node_modules", "xtext-gen", "notyetpassing", "generated");

  @TestFactory
  List<DynamicTest> repositoryFilesParseAsNixParsesThem() throws IOException {
    Path nix = NixInstantiate.require();
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : nixFiles(root)) {
      tests.add(DynamicTest.dynamicTest(root.relativize(file).toString(), file.toUri(), () -> compare(nix, file)));
    }
    assertTrue(tests.size() > 100, "expected the parser's test cases among the repository files");
    return tests;
  }

  static List<Path> nixFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".nix") && Files.isRegularFile(p))
          .filter(p -> root.relativize(p).toString().split("/").length > 0)
          .filter(p -> {
            for (Path part : root.relativize(p)) {
              if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return false;
              }
            }
            return true;
          })
          .sorted()
          .toList();
    }
  }

  private static void compare(Path nix, Path file) throws IOException, InterruptedException {
    NixInstantiate.Run oracle = NixInstantiate.parse(nix, file);
    String path = file.toString();
    char[] text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toCharArray();
    SourceContext source = SourceContext.file(path, NixInstantiate.HOME);
    StaticCheck.Outcome ours = StaticCheck.parseAndCheck(text, text.length, path, new SymbolTable(), source);

    if (path.contains("/parser/modern/")) {
      assertNotEquals(0, oracle.exitCode(), "Nix 2.8 should reject this modern syntax");
      assertTrue(!ours.hasErrors(), () -> "six rejects modern syntax: " + ours.diagnostics());
      return;
    }
    boolean nixAccepts = oracle.exitCode() == 0;
    if (nixAccepts != !ours.hasErrors()) {
      fail((nixAccepts ? "Nix accepts, six rejects: " + ours.diagnostics() : "Nix rejects, six accepts: " + oracle.stderr()));
    }
    // The editor's parser must take the same decision (its trees are checked equal elsewhere).
    StaticCheck.Outcome full = StaticCheck.parseAndCheck(
        FULL::parse, new String(text), path, new SymbolTable(), source);
    assertEquals(ours.hasErrors(), full.hasErrors(), () -> "the Xtext parser disagrees: " + full.diagnostics());
    if (!nixAccepts) {
      if (path.contains("/parser/err/")) {
        String expected = oracle.errorPosition();
        List<String> positions = positions(ours.diagnostics(), text);
        assertTrue(positions.contains(expected),
            "Nix reports the error at " + expected + ", six at " + positions + "\n" + oracle.stderr());
      }
      return;
    }
    String printed = ExprPrinter.print(ours.expr()) + "\n";
    if (printed.equals(oracle.stdout())) {
      return;
    }
    assertEquals(sortedByName(oracle.stdout()), sortedByName(printed),
        "six parse differs from nix-instantiate --parse beyond Nix 2.8's symbol order");
  }

  private static List<String> positions(List<Diagnostic> diagnostics, char[] text) {
    LineMap lines = LineMap.of(text, text.length);
    List<String> positions = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      positions.add(lines.line(d.start()) + ":" + lines.column(d.start()));
    }
    return positions;
  }

  /** Re-reads a printed expression and prints it with bindings and formals sorted by name. */
  static String sortedByName(String printed) {
    char[] text = printed.toCharArray();
    Desugarer.Result result = Desugarer.desugar(
        IndexParser.parse(text, text.length).tree(), new SymbolTable(), SourceContext.stdin("/", "/"));
    return ExprPrinter.printSortedByName(result.expr());
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
