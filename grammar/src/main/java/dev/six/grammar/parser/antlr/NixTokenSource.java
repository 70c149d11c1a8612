package dev.six.grammar.parser.antlr;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.lexer.NixLexer;
import dev.six.grammar.lexer.TokenKind;
import java.util.List;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Lexer;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;

/**
 * Feeds Xtext's generated parser with the tokens of our {@link NixLexer} instead of those of the
 * ANTLR lexer Xtext generates, which is never run: Nix's strings, paths and URIs need flex-style
 * longest match and a start-condition stack that an ANTLR lexer cannot express. Both parsers thus
 * see exactly the same token boundaries.
 *
 * <p>Whitespace and comments are emitted with their own types, which Xtext hides; a character Nix
 * has no use for becomes {@link Token#INVALID_TOKEN_TYPE}, which no rule accepts, so the parser
 * reports it. The lexer's own findings (a path with a trailing slash) are kept for the caller.
 */
public class NixTokenSource implements TokenSource {
  private final CharStream input;
  private final TokenTypes types;
  private final NixLexer lexer;
  private int line = 1;
  private int lineStart;
  private boolean finished;
  private int lastTokenStart;
  private Token endOfInput;

  /** The constructor the generated parser calls, with the generated lexer it would have used. */
  public NixTokenSource(TokenSource generatedLexer) {
    this(((Lexer) generatedLexer).getCharStream(), TokenTypes.runtime());
  }

  public NixTokenSource(CharStream input, TokenTypes types) {
    this.input = input;
    this.types = types;
    this.lexer = new NixLexer(input.substring(0, input.size() - 1));
  }

  /** Where the end of input was placed, once it has been reached; -1 before. */
  public int endOfInputOffset() {
    return endOfInput == null ? -1 : ((CommonToken) endOfInput).getStartIndex();
  }

  @Override
  public Token nextToken() {
    if (finished) {
      return endOfInput;
    }
    TokenKind kind = lexer.next();
    int start = lexer.tokenStart();
    int end = lexer.tokenEnd();
    if (kind == TokenKind.EOF) {
      finish();
      // Where Nix reports the end of input (as TokenBuffer does for the index parser).
      int at = lexer.endOfInputPosition() >= 0 ? lexer.endOfInputPosition() : lastTokenStart;
      endOfInput = eof(at);
      return endOfInput;
    }
    lastTokenStart = start;
    CommonToken token = new CommonToken(input, types.type(kind), Token.DEFAULT_CHANNEL, start, end - 1);
    token.setLine(line);
    token.setCharPositionInLine(start - lineStart);
    advanceLines(start, end);
    return token;
  }

  private Token eof(int offset) {
    CommonToken token = new CommonToken(input, Token.EOF, Token.DEFAULT_CHANNEL, offset, offset - 1);
    char[] text = lexer.text();
    int eofLine = 1;
    int eofLineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text[i] == '\n') {
        eofLine++;
        eofLineStart = i + 1;
      }
    }
    token.setLine(eofLine);
    token.setCharPositionInLine(offset - eofLineStart);
    return token;
  }

  private void finish() {
    finished = true;
    if (input instanceof NixCharStream) {
      ((NixCharStream) input).setLexerDiagnostics(lexer.diagnostics());
    }
  }

  /** ANTLR counts lines by line feeds only; so do we, to agree with its other components. */
  private void advanceLines(int start, int end) {
    char[] text = lexer.text();
    for (int i = start; i < end; i++) {
      if (text[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
  }

  /** What the lexer found so far: paths with a trailing slash. */
  public List<Diagnostic> lexerDiagnostics() {
    return lexer.diagnostics();
  }

  @Override
  public String getSourceName() {
    return input.getSourceName();
  }
}
