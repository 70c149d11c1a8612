package dev.six.grammar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.grammar.desugar.ExprPrinter;
import dev.six.grammar.desugar.SourceContext;
import dev.six.grammar.desugar.StaticCheck;
import dev.six.grammar.desugar.SymbolTable;
import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.parse.IndexParser;
import dev.six.grammar.parse.ParseResult;
import dev.six.grammar.syntax.LineMap;
import dev.six.grammar.syntax.SyntaxTreeDump;
import dev.six.grammar.testing.Golden;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The parser's golden cases: {@code parser/ok} (no diagnostics; the expected file holds what
 * {@code nix-instantiate --parse} prints, then the syntax tree), {@code parser/modern} (accepted like
 * ok, but newer than Nix 2.8), {@code parser/err} (at least one
 * diagnostic; the expected file lists them, then the tree) and {@code parser/fuzz} (minimised inputs
 * that once broke the parser; anything but a crash is fine, the output is pinned).
 */
class ParserGoldenTest {
  /** Where golden cases pretend to live, so that printed paths do not depend on the checkout. */
  static final String VIRTUAL_ROOT = "/pwd";
  static final String VIRTUAL_HOME = "/home/user";

  @TestFactory
  List<DynamicTest> ok() {
    return Golden.tests(Golden.resources("parser/ok"), file -> render(file, Expect.NO_ERRORS));
  }

  @TestFactory
  List<DynamicTest> err() {
    return Golden.tests(Golden.resources("parser/err"), file -> render(file, Expect.ERRORS));
  }

  /** Modern Nix syntax (the pipe operators) that Nix 2.8 rejects; see docs/nix-2.8-divergences.md. */
  @TestFactory
  List<DynamicTest> modern() {
    return Golden.tests(Golden.resources("parser/modern"), file -> render(file, Expect.NO_ERRORS));
  }

  /** Errors in modern syntax, whose positions Nix 2.8 cannot confirm. */
  @TestFactory
  List<DynamicTest> modernErr() {
    return Golden.tests(Golden.resources("parser/modern-err"), file -> render(file, Expect.ERRORS));
  }

  @TestFactory
  List<DynamicTest> fuzz() {
    return Golden.tests(Golden.resources("parser/fuzz"), file -> render(file, Expect.ANYTHING));
  }

  enum Expect {
    NO_ERRORS,
    ERRORS,
    ANYTHING
  }

  static String render(Path file, Expect expect) {
    char[] text = Golden.read(file).toCharArray();
    ParseResult parse = IndexParser.parse(text, text.length);
    SourceContext source = SourceContext.file(VIRTUAL_ROOT + "/" + file.getFileName(), VIRTUAL_HOME);
    StaticCheck.Outcome outcome = StaticCheck.run(parse, new SymbolTable(), source);
    if (expect == Expect.NO_ERRORS) {
      assertFalse(outcome.hasErrors(), () -> file + " has errors: " + outcome.diagnostics());
    } else if (expect == Expect.ERRORS) {
      assertTrue(outcome.hasErrors(), () -> file + " parses without errors");
    }
    StringBuilder out = new StringBuilder();
    if (outcome.hasErrors()) {
      out.append(diagnostics(outcome.diagnostics(), parse.tree().lines()));
    } else {
      out.append(ExprPrinter.print(outcome.expr())).append('\n');
    }
    out.append('\n').append(SyntaxTreeDump.dump(parse.tree()));
    return out.toString();
  }

  static String diagnostics(List<Diagnostic> diagnostics, LineMap lines) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append(lines.line(d.start())).append(':').append(lines.column(d.start()))
          .append('-').append(lines.line(d.end())).append(':').append(lines.column(d.end()))
          .append(' ').append(d.severity().name().toLowerCase()).append('[').append(d.kind().code()).append("]: ")
          .append(d.message()).append('\n');
    }
    return out.toString();
  }
}
