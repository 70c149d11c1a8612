package dev.six.grammar.lint;

import dev.six.grammar.desugar.SourceContext;
import dev.six.grammar.desugar.StaticCheck;
import dev.six.grammar.desugar.SymbolTable;
import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.syntax.LineMap;
import dev.six.grammar.testing.Golden;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The sixos lints on {@code lint/<case>.nix}, after the file's own {@code six-lint: allow}
 * comments, as {@code LINE:COL: severity[code]: message} lines in {@code <case>.expected}. A case
 * whose first line is {@code # lint-path: PATH} is linted as if it were at PATH (the by-name rules
 * depend on where a file is).
 */
class SixLintsGoldenTest {
  @TestFactory
  List<DynamicTest> lints() {
    return Golden.tests(Golden.resources("lint"), SixLintsGoldenTest::render);
  }

  private static String render(Path file) {
    char[] text = Golden.read(file).toCharArray();
    String source = new String(text);
    String path = source.startsWith("# lint-path: ")
        ? source.substring("# lint-path: ".length(), source.indexOf('\n')) : file.toString();
    StaticCheck.Outcome outcome = StaticCheck.parseAndCheck(text, text.length, path, new SymbolTable(),
        SourceContext.file("/case/" + file.getFileName(), "/home"));
    LineMap lines = LineMap.of(text, text.length);
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : LintSuppressions.apply(text, text.length, SixLints.check(path, text, text.length, outcome.expr()))) {
      out.append(lines.line(d.start())).append(':').append(lines.column(d.start())).append(": ")
          .append(d.severity().name().toLowerCase()).append('[').append(d.kind().code()).append("]: ")
          .append(d.message()).append('\n');
    }
    return out.toString();
  }
}
