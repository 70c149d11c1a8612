package dev.six.cli;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.syntax.LineMap;
import dev.six.lsp.eval.Problem;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code six check --json}: every diagnostic, whatever its severity, as one JSON object
 * ({@code {"files": N, "diagnostics": [{file, line, column, endLine, endColumn, severity, code,
 * message}, ...]}}), for CI tools and editors that read the command line's results. Lines and
 * columns are 1-based, as in the text output. What evaluation finds has no end, and carries its
 * related places ({@code "related": [{file, line, column, message}, ...]}: the trace, a cycle's edges).
 */
final class CheckJson {
  private final PrintStream out;
  private boolean first = true;

  CheckJson(PrintStream out) {
    this.out = out;
    out.print("{\"diagnostics\": [");
  }

  void add(String file, LineMap lines, Diagnostic d) {
    out.print(first ? "\n" : ",\n");
    first = false;
    out.printf("  {\"file\": %s, \"line\": %d, \"column\": %d, \"endLine\": %d, \"endColumn\": %d,"
            + " \"severity\": \"%s\", \"code\": \"%s\", \"message\": %s}",
        string(file), lines.line(d.start()), lines.column(d.start()), lines.line(d.end()), lines.column(d.end()),
        d.severity().name().toLowerCase(), d.kind().code(), string(d.message()));
  }

  void add(String file, Problem p, java.util.function.Function<Path, String> display) {
    out.print(first ? "\n" : ",\n");
    first = false;
    out.printf("  {\"file\": %s, \"line\": %d, \"column\": %d, \"severity\": \"%s\", \"code\": \"%s\","
            + " \"message\": %s, \"related\": [",
        string(file), p.place().line(), p.place().column(), p.severity().name().toLowerCase(), p.code(),
        string(p.message()));
    for (int i = 0; i < p.related().size(); i++) {
      Problem.Related r = p.related().get(i);
      out.printf("%s{\"file\": %s, \"line\": %d, \"column\": %d, \"message\": %s}", i == 0 ? "" : ", ",
          string(display.apply(r.place().file())), r.place().line(), r.place().column(), string(r.message()));
    }
    out.print("]}");
  }

  void finish(int files) {
    out.printf("%s], \"files\": %d}%n", first ? "" : "\n", files);
  }

  /** A JSON string literal. */
  private static String string(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
