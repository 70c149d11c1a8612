package dev.six.grammar.parse;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.syntax.SyntaxTree;
import java.util.List;

/**
 * What parsing a text yields, always: a tree (with ERROR nodes where the text did not parse) and
 * the problems found, in source order. Parsing never throws on user input.
 */
public record ParseResult(SyntaxTree tree, List<Diagnostic> diagnostics) {

  public ParseResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return !diagnostics.isEmpty();
  }
}
