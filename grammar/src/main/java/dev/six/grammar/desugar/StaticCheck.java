package dev.six.grammar.desugar;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.parse.ParseResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything {@code nix-instantiate --parse} checks, on top of a parse: the structural errors of
 * Nix's grammar actions (duplicate attributes and formals, dynamic attributes where none are
 * allowed) and undefined variables. Also yields Nix's expression for printing.
 */
public final class StaticCheck {
  private StaticCheck() {}

  /** A checked file: Nix's expression and all diagnostics, syntax first, in source order. */
  public record Outcome(NixExpr expr, List<Diagnostic> diagnostics) {
    public boolean hasErrors() {
      return !diagnostics.isEmpty();
    }
  }

  public static Outcome run(ParseResult parse, SymbolTable symbols, SourceContext source) {
    Desugarer.Result desugared = Desugarer.desugar(parse.tree(), symbols, source);
    List<Diagnostic> all = new ArrayList<>(parse.diagnostics());
    all.addAll(desugared.diagnostics());
    all.addAll(ScopeChecker.check(desugared.expr()));
    all.sort(Comparator.comparingInt(Diagnostic::start));
    return new Outcome(desugared.expr(), List.copyOf(all));
  }
}
