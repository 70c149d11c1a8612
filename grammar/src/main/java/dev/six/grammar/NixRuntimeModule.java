package dev.six.grammar;

import dev.six.grammar.conversion.NixValueConverters;
import dev.six.grammar.parser.antlr.NixParserWithLexerDiagnostics;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.parser.IParser;

/**
 * Our choices among Xtext's services, on top of the generated defaults: the parser that keeps the
 * lexer's diagnostics and the value converters that give tokens Nix's values.
 */
public class NixRuntimeModule extends AbstractNixRuntimeModule {

  @Override
  public Class<? extends IParser> bindIParser() {
    return NixParserWithLexerDiagnostics.class;
  }

  @Override
  public Class<? extends IValueConverterService> bindIValueConverterService() {
    return NixValueConverters.class;
  }
}
