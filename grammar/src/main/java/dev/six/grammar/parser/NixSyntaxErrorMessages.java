package dev.six.grammar.parser;

import com.google.inject.Singleton;
import dev.six.grammar.diagnostic.DiagnosticKind;
import dev.six.grammar.lexer.TokenKind;
import dev.six.grammar.parse.TokenDescriber;
import dev.six.grammar.parser.antlr.TokenTypes;
import org.antlr.runtime.RecognitionException;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;

/**
 * Replaces ANTLR's "no viable alternative at input" and "mismatched input" with messages that say
 * what Nix expected there, worded like the index parser's. Each message is filed under its
 * {@link DiagnosticKind} code and carries the range of the offending token as issue data
 * ({@code [start, end]}), which is more precise than the node Xtext attaches the error to.
 */
@Singleton
public class NixSyntaxErrorMessages implements ISyntaxErrorMessageProvider {
  private static final String LEXER_PREFIX = "Invalid token ";

  @Override
  public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
    RecognitionException e = context.getRecognitionException();
    if (e == null) {
      return invalidCharacter(context.getDefaultMessage());
    }
    ErrorSite site = ErrorSite.of(e, context.getCurrentNode(), context.getCurrentContext(), TokenTypes.runtime());
    SyntaxErrorPhrase phrase = SyntaxErrorPhrases.of(site);
    return new SyntaxErrorMessage(phrase.message(), phrase.kind().code(),
        new String[] {Integer.toString(phrase.start()), Integer.toString(phrase.end())});
  }

  /** A character no rule accepts, met while the parser was recovering from an earlier error. */
  private static SyntaxErrorMessage invalidCharacter(String lexerMessage) {
    String text = lexerMessage != null && lexerMessage.startsWith(LEXER_PREFIX)
        ? lexerMessage.substring(LEXER_PREFIX.length())
        : "";
    return new SyntaxErrorMessage("unexpected " + TokenDescriber.describe(TokenKind.INVALID, text),
        DiagnosticKind.INVALID_CHARACTER.code());
  }

  @Override
  public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
    // Our value converters accept every token they are given; this is a bug if it happens.
    return new SyntaxErrorMessage("invalid value: " + context.getDefaultMessage(), DiagnosticKind.SYNTAX_ERROR.code());
  }
}
