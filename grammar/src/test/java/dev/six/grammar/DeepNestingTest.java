package dev.six.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.grammar.desugar.ExprPrinter;
import dev.six.grammar.desugar.SourceContext;
import dev.six.grammar.desugar.StaticCheck;
import dev.six.grammar.desugar.SymbolTable;
import dev.six.grammar.parse.IndexParser;
import dev.six.grammar.parse.ParseResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nesting far deeper than real files, but no deeper than Nix accepts, parses, checks and prints;
 * nesting past the parser's limit is a diagnostic, never a StackOverflowError.
 */
class DeepNestingTest {

  private static String nested(String kind, int n) {
    return switch (kind) {
      case "list" -> "[".repeat(n) + "1" + "]".repeat(n);
      case "parens" -> "(".repeat(n) + "1" + ")".repeat(n);
      case "attrs" -> "{a=".repeat(n) + "1" + ";}".repeat(n);
      case "lambdas" -> "x: ".repeat(n) + "x";
      case "negations" -> "- ".repeat(n) + "1";
      case "plus-chain" -> "1 + ".repeat(n) + "1";
      case "concat-chain" -> "[] ++ ".repeat(n) + "[]";
      case "update-chain" -> "{} // ".repeat(n) + "{}";
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private static StaticCheck.Outcome check(String text) {
    ParseResult parse = IndexParser.parse(text);
    return StaticCheck.run(parse, new SymbolTable(), SourceContext.stdin("/", "/"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"list", "parens", "attrs", "lambdas", "negations", "plus-chain", "concat-chain", "update-chain"})
  void fiveThousandLevelsWork(String kind) {
    StaticCheck.Outcome outcome = check(nested(kind, 5_000));
    assertFalse(outcome.hasErrors(), () -> outcome.diagnostics().toString());
    assertFalse(ExprPrinter.print(outcome.expr()).startsWith("<"), "printing fell back to the too-deep marker");
  }

  @ParameterizedTest
  @ValueSource(strings = {"list", "parens", "attrs", "lambdas", "negations"})
  void pastTheLimitIsADiagnostic(String kind) {
    StaticCheck.Outcome outcome = check(nested(kind, 30_000));
    assertTrue(outcome.hasErrors());
    assertEquals("expression nested too deeply (more than 20000 levels)", outcome.diagnostics().get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"plus-chain", "concat-chain", "update-chain"})
  void longOperatorChainsAreNotNesting(String kind) {
    StaticCheck.Outcome outcome = check(nested(kind, 100_000));
    assertFalse(outcome.hasErrors(), () -> outcome.diagnostics().toString());
  }
}
