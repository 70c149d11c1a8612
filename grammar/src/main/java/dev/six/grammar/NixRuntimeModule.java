package dev.six.grammar;

import dev.six.grammar.conversion.NixValueConverters;
import dev.six.grammar.linking.NoCrossReferencesLinker;
import dev.six.grammar.parser.NixSyntaxErrorMessages;
import dev.six.grammar.parser.antlr.NixParserWithLexerDiagnostics;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;

/**
 * Our choices among Xtext's services, on top of the generated defaults: the parser that keeps the
 * lexer's diagnostics, the value converters that give tokens Nix's values, syntax error messages
 * in Nix's terms, and no linking (the grammar has no cross-references).
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

  @Override
  public Class<? extends ILinker> bindILinker() {
    return NoCrossReferencesLinker.class;
  }

  public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
    return NixSyntaxErrorMessages.class;
  }
}
