package dev.six.lsp.ide;

import dev.six.grammar.desugar.SourceContext;
import dev.six.grammar.desugar.StaticCheck;
import dev.six.grammar.desugar.SymbolTable;
import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.lint.LintSuppressions;
import dev.six.grammar.lint.SixLints;
import dev.six.grammar.parse.IndexParser;
import dev.six.grammar.parse.ParseResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One document parsed and checked exactly as {@code six check} checks a file (static checks, then
 * sixos's lints when it parses), so that the editor and the command line report the same problems
 * at the same places, unused names included; the tree is kept for the
 * outline, folding and navigation features.
 */
public record DocumentAnalysis(SourceText source, ParseResult parse, List<Diagnostic> diagnostics) {

  /** Parses {@code source}; {@code context} names it and anchors its relative paths. */
  public static DocumentAnalysis of(SourceText source, SourceContext context) {
    ParseResult parse = IndexParser.parse(source.bytewise(), source.length());
    SymbolTable symbols = new SymbolTable();
    // As StaticCheck.parseAndCheck does: Nix interns the file's name before anything in it.
    symbols.create(context.originName());
    StaticCheck.Outcome outcome = StaticCheck.run(parse, symbols, context);
    if (outcome.hasErrors()) {
      return new DocumentAnalysis(source, parse, outcome.diagnostics());
    }
    // and sixos's rules, as six check adds them to a file that parses
    List<Diagnostic> all = new ArrayList<>(outcome.diagnostics());
    char[] text = source.bytewise();
    List<Diagnostic> lints = new ArrayList<>(SixLints.check(context.originName(), text, source.length(), outcome.expr()));
    // and the names bound and never used, which the resolver finds (six check reports them too)
    lints.addAll(UnusedBindings.of(NameResolver.resolve(parse.tree(), text), parse.tree()));
    all.addAll(LintSuppressions.apply(text, source.length(), lints));
    all.sort(Comparator.comparingInt(Diagnostic::start));
    return new DocumentAnalysis(source, parse, List.copyOf(all));
  }

  /** Parses only, for features that need the tree and not the checks. */
  public static DocumentAnalysis parseOnly(SourceText source) {
    ParseResult parse = IndexParser.parse(source.bytewise(), source.length());
    return new DocumentAnalysis(source, parse, parse.diagnostics());
  }
}
