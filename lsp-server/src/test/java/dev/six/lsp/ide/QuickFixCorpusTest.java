package dev.six.lsp.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.grammar.desugar.SourceContext;
import dev.six.grammar.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every quick fix of every diagnostic in the corpus (its hints included, the broken sites' errors,
 * and the lints its {@code six-lint} comments silence), and in the lint and diagnostics fixtures,
 * applied to the real file: the text must still parse, and the diagnostic it fixes must be
 * reported fewer times. Real code has the layouts the golden cases may not think of.
 */
class QuickFixCorpusTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final List<Path> TREES = List.of(ROOT.resolve("corpus"),
      ROOT.resolve("grammar/src/test/resources/lint"), ROOT.resolve("lsp-server/src/test/resources/diagnostics"));

  @TestFactory
  List<DynamicTest> everyFixOfTheCorpus() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path tree : TREES) {
      try (Stream<Path> files = Files.walk(tree)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".nix")).sorted().toList()) {
          tests.add(DynamicTest.dynamicTest(ROOT.relativize(file).toString(), () -> checkFile(file)));
        }
      }
    }
    return tests;
  }

  private static void checkFile(Path file) throws IOException {
    // the lints a file silences on purpose are cases too
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("six-lint:", "six-lint-off:");
    DocumentAnalysis analysis = analyse(file, text);
    for (Diagnostic d : analysis.diagnostics()) {
      for (QuickFixes.Fix fix : QuickFixes.at(analysis, d.start(), d.end())) {
        if (fix.diagnostic() != d) {
          continue;
        }
        String fixed = apply(analysis.source(), fix.edits());
        DocumentAnalysis after = analyse(file, fixed);
        assertTrue(after.parse().diagnostics().isEmpty(), () -> fix.title() + " at " + d.start() + " breaks the syntax");
        assertTrue(count(after, d) < count(analysis, d), () -> fix.title() + " at " + d.start() + " leaves " + d.message());
      }
    }
  }

  private static DocumentAnalysis analyse(Path file, String text) {
    return DocumentAnalysis.of(SourceText.of(text), SourceContext.file(file.toString(), "/home"));
  }

  /** The edits applied to the text's bytes, from the last one back. */
  private static String apply(SourceText source, List<QuickFixes.Edit> edits) {
    StringBuilder bytes = new StringBuilder(new String(source.bytewise()));
    edits.stream().sorted(Comparator.comparingInt((QuickFixes.Edit e) -> e.span().start()).reversed())
        .forEach(e -> bytes.replace(e.span().start(), e.span().end(), e.text()));
    return SourceText.fromBytewise(bytes.toString());
  }

  private static long count(DocumentAnalysis analysis, Diagnostic d) {
    return analysis.diagnostics().stream()
        .filter(x -> x.kind() == d.kind() && x.message().equals(d.message())).count();
  }
}
