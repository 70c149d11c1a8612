package dev.six.grammar.parser.antlr;

import java.io.IOException;
import java.io.Reader;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.xtext.parser.IParseResult;

/**
 * The generated Xtext parser, made to parse through a {@link NixCharStream} so that the lexer's
 * diagnostics, which Xtext has no place for, come back in a {@link NixParseResult}.
 */
public class NixParserWithLexerDiagnostics extends NixParser {

  @Override
  public IParseResult doParse(Reader reader) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new WrappedException(e);
    }
    return doParse(text);
  }

  @Override
  public IParseResult doParse(CharSequence text) {
    NixCharStream stream = new NixCharStream(text.toString());
    IParseResult result = parse(getDefaultRuleName(), stream);
    return new NixParseResult(
        result.getRootASTElement(), result.getRootNode(), result.hasSyntaxErrors(), stream.lexerDiagnostics());
  }
}
