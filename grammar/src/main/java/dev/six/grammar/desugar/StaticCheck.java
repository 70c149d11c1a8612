package dev.six.grammar.desugar;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.diagnostic.DiagnosticKind;
import dev.six.grammar.parse.DeepRecursion;
import dev.six.grammar.parse.IndexParser;
import dev.six.grammar.parse.ParseResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Everything {@code nix-instantiate --parse} checks, on top of a parse: the structural errors of
 * Nix's grammar actions (duplicate attributes and formals, dynamic attributes where none are
 * allowed) and, in a file without syntax errors, undefined variables. Also yields Nix's
 * expression for printing.
 */
public final class StaticCheck {
  private StaticCheck() {}

  /** A checked file: Nix's expression and all diagnostics, syntax first, in source order. */
  public record Outcome(NixExpr expr, List<Diagnostic> diagnostics) {
    public boolean hasErrors() {
      return !diagnostics.isEmpty();
    }
  }

  /**
   * Parses and checks one input as {@code nix-instantiate --parse} does, sharing {@code symbols}
   * with the inputs before it. Like Nix, it first interns the input's name ({@code fileSymbol}: the
   * path of a file, the text itself for standard input).
   */
  public static Outcome parseAndCheck(char[] text, int length, String fileSymbol, SymbolTable symbols, SourceContext source) {
    symbols.create(fileSymbol);
    return run(IndexParser.parse(text, length), symbols, source);
  }

  /** As {@link #parseAndCheck(char[], int, String, SymbolTable, SourceContext)}, with any parser. */
  public static Outcome parseAndCheck(
      Function<String, ParseResult> parser, String text, String fileSymbol, SymbolTable symbols, SourceContext source) {
    symbols.create(fileSymbol);
    return run(parser.apply(text), symbols, source);
  }

  public static Outcome run(ParseResult parse, SymbolTable symbols, SourceContext source) {
    return DeepRecursion.call(() -> runDirectly(parse, symbols, source), () -> tooDeep(parse));
  }

  private static Outcome tooDeep(ParseResult parse) {
    List<Diagnostic> all = new ArrayList<>(parse.diagnostics());
    all.add(Diagnostic.of(0, 0, DiagnosticKind.SYNTAX_ERROR, "expression nested too deeply"));
    return new Outcome(new NixExpr.ExprError(0), List.copyOf(all));
  }

  private static Outcome runDirectly(ParseResult parse, SymbolTable symbols, SourceContext source) {
    Desugarer.Result desugared = Desugarer.desugar(parse.tree(), symbols, source);
    List<Diagnostic> all = new ArrayList<>(parse.diagnostics());
    all.addAll(desugared.diagnostics());
    // Like Nix, names are resolved only in a file that parses: in a broken one, most "undefined"
    // names are artefacts of the syntax error.
    if (!parse.hasErrors()) {
      all.addAll(ScopeChecker.check(desugared.expr()));
    }
    all.sort(Comparator.comparingInt(Diagnostic::start));
    return new Outcome(desugared.expr(), List.copyOf(all));
  }
}
