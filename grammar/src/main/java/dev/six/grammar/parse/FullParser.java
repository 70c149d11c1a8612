package dev.six.grammar.parse;

import dev.six.grammar.diagnostic.DiagnosticKind;
import dev.six.grammar.syntax.LineMap;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTreeBuilder;
import com.google.inject.Injector;
import dev.six.grammar.NixStandaloneSetup;
import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.lower.ModelLowering;
import dev.six.grammar.lower.ModelLowering.LoweredTree;
import dev.six.grammar.parser.antlr.NixParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;

/**
 * The full-mode parser: runs Xtext's parser (EMF model plus node model, what editor features need)
 * and lowers its model into the same {@link ParseResult}, syntax tree included, that {@link
 * IndexParser} builds, with Xtext's syntax errors and the lexer's findings as our {@link
 * Diagnostic}s. Instances are thread-safe: each parse gets its own resource set.
 */
public final class FullParser {
  private static final URI DEFAULT_URI = URI.createURI("memory:/input.nix");

  private final Injector injector;

  /** Uses the shared Xtext injector, created on first use. */
  public FullParser() {
    this(SharedInjector.INSTANCE);
  }

  public FullParser(Injector injector) {
    this.injector = injector;
  }

  /** Parses {@code text}. Never throws on any input. */
  public ParseResult parse(String text) {
    return parseFull(DEFAULT_URI, text).result();
  }

  /** Parses {@code text} as the content of {@code uri}, keeping the Xtext resource. */
  public FullParseResult parseFull(URI uri, String text) {
    // ANTLR's parser recurses once per grammar layer: deep nesting needs a large stack.
    return DeepRecursion.call(() -> parseOnThisStack(uri, text), () -> tooDeep(uri, text));
  }

  private FullParseResult tooDeep(URI uri, String text) {
    XtextResource resource = injector.getInstance(XtextResource.class);
    resource.setURI(uri);
    SyntaxTreeBuilder builder = new SyntaxTreeBuilder(1);
    builder.leaf(SyntaxKind.ERROR, 0, text.length(), -1);
    ParseResult result = new ParseResult(builder.build(LineMap.of(text), text.length()),
        List.of(Diagnostic.of(0, 0, DiagnosticKind.SYNTAX_ERROR, "expression nested too deeply")));
    return new FullParseResult(result, resource);
  }

  private FullParseResult parseOnThisStack(URI uri, String text) {
    XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
    XtextResource resource = injector.getInstance(XtextResource.class);
    resource.setURI(uri);
    resourceSet.getResources().add(resource);
    try {
      resource.load(new LazyStringInputStream(text), null);
    } catch (IOException e) {
      // The text is in memory: nothing can fail to be read.
      throw new UncheckedIOException(e);
    }
    return new FullParseResult(lower(resource.getParseResult(), text), resource);
  }

  private static ParseResult lower(IParseResult parsed, String text) {
    LoweredTree lowered = ModelLowering.lower(parsed.getRootASTElement(), text.toCharArray(), text.length());
    List<Diagnostic> all = new ArrayList<>();
    if (parsed instanceof NixParseResult) {
      all.addAll(((NixParseResult) parsed).lexerDiagnostics());
    }
    all.addAll(SyntaxErrors.of(parsed));
    all.addAll(lowered.diagnostics());
    all.sort(Comparator.comparingInt(Diagnostic::start));
    return new ParseResult(lowered.tree(), all);
  }

  /** The injector all default instances share: creating one costs about a second. */
  private static final class SharedInjector {
    static final Injector INSTANCE = new NixStandaloneSetup().createInjectorAndDoEMFRegistration();
  }
}
