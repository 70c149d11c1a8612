package dev.six.grammar.parser.antlr;

import dev.six.grammar.diagnostic.Diagnostic;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.parser.ParseResult;

/**
 * Xtext's parse result plus the lexer's diagnostics: an {@code XtextResource} keeps its parse
 * result, so whoever holds the resource (the facade, later the language server) finds them there.
 */
public final class NixParseResult extends ParseResult {
  private final List<Diagnostic> lexerDiagnostics;

  public NixParseResult(
      EObject root, ICompositeNode rootNode, boolean hasSyntaxErrors, List<Diagnostic> lexerDiagnostics) {
    super(root, rootNode, hasSyntaxErrors);
    this.lexerDiagnostics = List.copyOf(lexerDiagnostics);
  }

  /** Problems the lexer found (paths with a trailing slash); never syntax errors. */
  public List<Diagnostic> lexerDiagnostics() {
    return lexerDiagnostics;
  }
}
