package dev.six.grammar.lint;

import dev.six.grammar.desugar.SourceContext;
import dev.six.grammar.desugar.StaticCheck;
import dev.six.grammar.desugar.SymbolTable;
import dev.six.grammar.syntax.LineMap;
import dev.six.grammar.testing.Golden;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link InfusionKeys} on {@code infusion-keys/<case>.nix}, whose first line is
 * {@code # infuse-error: MESSAGE}: the path the message names and where its last key is written in
 * the case's infusions ({@code LINE:COL-LINE:COL key}), or {@code not found}, in
 * {@code <case>.expected}.
 */
class InfusionKeysGoldenTest {
  private static final String HEADER = "# infuse-error: ";

  @TestFactory
  List<DynamicTest> keys() {
    return Golden.tests(Golden.resources("infusion-keys"), InfusionKeysGoldenTest::render);
  }

  private static String render(Path file) {
    char[] text = Golden.read(file).toCharArray();
    String source = new String(text);
    if (!source.startsWith(HEADER)) {
      throw new IllegalArgumentException(file + " does not start with '" + HEADER + "'");
    }
    String message = source.substring(HEADER.length(), source.indexOf('\n'));
    StaticCheck.Outcome outcome = StaticCheck.parseAndCheck(text, text.length, file.toString(), new SymbolTable(),
        SourceContext.file("/case/" + file.getFileName(), "/home"));
    List<InfusionKeys.Step> path = InfusionKeys.pathOf(message);
    StringBuilder out = new StringBuilder("path:");
    for (InfusionKeys.Step step : path) {
      out.append(' ').append(step.name() != null ? step.name() : "[" + step.index() + "]");
    }
    out.append('\n');
    int[] key = InfusionKeys.find(text, text.length, outcome.expr(), path);
    if (key == null) {
      return out.append("not found\n").toString();
    }
    LineMap lines = LineMap.of(text, text.length);
    return out.append(lines.line(key[0])).append(':').append(lines.column(key[0])).append('-')
        .append(lines.line(key[1])).append(':').append(lines.column(key[1])).append(' ')
        .append(source, key[0], key[1]).append('\n').toString();
  }
}
