package dev.six.grammar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.syntax.LineMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden test of the Xtext parser's syntax error messages: every case of {@code
 * parser/syntax-error-messages.txt} is parsed, its diagnostics are rendered, and the rendering must
 * equal the file. Where the index parser words it differently, its lines follow, marked, so that a
 * reviewer sees every divergence. Run with {@code -Dgolden.update=true} to rewrite the file.
 */
class SyntaxErrorMessagesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/parser/syntax-error-messages.txt");
  private static final String INPUT = ">>> ";
  private static final String MORE = "... ";
  private static final String INDEX = "index parser: ";

  @Test
  void messagesMatchTheGoldenFile() throws IOException {
    String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    String actual = render(inputs(golden));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertEquals(golden, actual);
  }

  @Test
  void noMessageSpeaksAntlr() throws IOException {
    for (String input : inputs(Files.readString(GOLDEN, StandardCharsets.UTF_8))) {
      for (Diagnostic d : new FullParser().parse(input).diagnostics()) {
        String message = d.message();
        assertFalse(message.contains("viable") || message.contains("mismatched") || message.contains("missing ")
            || message.contains("extraneous") || message.contains("EOF") || message.contains("RULE_"), message);
      }
    }
  }

  /** The inputs of the golden file: the header comment lines are kept by {@link #render}. */
  private static List<String> inputs(String golden) {
    List<String> inputs = new ArrayList<>();
    StringBuilder input = null;
    for (String line : golden.split("\n", -1)) {
      if (line.startsWith(INPUT)) {
        if (input != null) {
          inputs.add(input.toString());
        }
        input = new StringBuilder(line.substring(INPUT.length()));
      } else if (line.startsWith(MORE) && input != null) {
        input.append('\n').append(line.substring(MORE.length()));
      }
    }
    if (input != null) {
      inputs.add(input.toString());
    }
    return inputs;
  }

  private static String render(List<String> inputs) {
    StringBuilder out = new StringBuilder();
    out.append("# Syntax error messages of the Xtext parser (FullParser), checked by SyntaxErrorMessagesTest.\n");
    out.append("# '>>> ' starts an input and '... ' continues it; then one line per diagnostic:\n");
    out.append("# start line:column, kind code, message. '" + INDEX.trim() + "' lines show where IndexParser\n");
    out.append("# says something else. Rewrite with -Dgolden.update=true and review the diff.\n");
    FullParser full = new FullParser();
    for (String input : inputs) {
      out.append('\n');
      String[] lines = input.split("\n", -1);
      out.append(INPUT).append(lines[0]).append('\n');
      for (int i = 1; i < lines.length; i++) {
        out.append(MORE).append(lines[i]).append('\n');
      }
      List<String> fullLines = diagnostics(input, full.parse(input));
      List<String> indexLines = diagnostics(input, IndexParser.parse(input));
      fullLines.forEach(line -> out.append(line).append('\n'));
      if (!indexLines.equals(fullLines)) {
        indexLines.forEach(line -> out.append(INDEX).append(line).append('\n'));
      }
    }
    return out.toString();
  }

  private static List<String> diagnostics(String input, ParseResult result) {
    LineMap lines = LineMap.of(input);
    List<String> rendered = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      rendered.add(lines.line(d.start()) + ":" + lines.column(d.start()) + " " + d.kind().code() + ": " + d.message());
    }
    return rendered;
  }
}
