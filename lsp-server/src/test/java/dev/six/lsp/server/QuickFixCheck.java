package dev.six.lsp.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.grammar.desugar.SourceContext;
import dev.six.lsp.ide.DocumentAnalysis;
import dev.six.lsp.ide.SourceText;
import java.nio.file.Path;
import org.eclipse.lsp4j.Diagnostic;

/**
 * What every quick fix must achieve, checked by running the checks again on the text it produces:
 * the text parses, and the diagnostic the fix names (its code and message) is reported fewer times
 * than in the original text.
 */
final class QuickFixCheck {
  private QuickFixCheck() {}

  static void assertFixes(Path file, String original, String fixedText, Diagnostic fixed, String title) {
    DocumentAnalysis after = check(file, fixedText);
    assertTrue(after.parse().diagnostics().isEmpty(),
        () -> "'" + title + "' leaves text that does not parse: " + after.parse().diagnostics() + "\n" + fixedText);
    long before = count(check(file, original), fixed);
    long left = count(after, fixed);
    assertTrue(left < before, () -> "'" + title + "' leaves the diagnostic " + fixed.getMessage().getLeft() + "\n" + fixedText);
  }

  private static DocumentAnalysis check(Path file, String text) {
    return DocumentAnalysis.of(SourceText.of(text), SourceContext.file(file.toString(), "/home"));
  }

  private static long count(DocumentAnalysis analysis, Diagnostic d) {
    return analysis.diagnostics().stream().filter(x -> x.kind().code().equals(d.getCode().getLeft())
        && SourceText.fromBytewise(x.message()).equals(d.getMessage().getLeft())).count();
  }
}
