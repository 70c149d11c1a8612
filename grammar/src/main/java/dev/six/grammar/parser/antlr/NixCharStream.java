package dev.six.grammar.parser.antlr;

import dev.six.grammar.diagnostic.Diagnostic;
import java.util.List;
import org.antlr.runtime.ANTLRStringStream;

/**
 * The text handed to the Xtext parser, which also carries back what {@link NixTokenSource} found
 * while lexing it: the token source is created deep inside the generated parser, and the stream is
 * the one object both it and the caller hold.
 */
public final class NixCharStream extends ANTLRStringStream {
  private List<Diagnostic> lexerDiagnostics = List.of();

  public NixCharStream(String text) {
    super(text);
  }

  /** The lexer's diagnostics, once the whole text was lexed; empty before. */
  public List<Diagnostic> lexerDiagnostics() {
    return lexerDiagnostics;
  }

  void setLexerDiagnostics(List<Diagnostic> diagnostics) {
    lexerDiagnostics = List.copyOf(diagnostics);
  }
}
