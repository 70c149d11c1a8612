package dev.six.lsp.server;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.diagnostic.DiagnosticKind;
import dev.six.lsp.ide.Destination;
import dev.six.lsp.ide.Fold;
import dev.six.lsp.ide.Navigation;
import dev.six.lsp.ide.OutlineSymbol;
import dev.six.lsp.ide.QuickFixes;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import dev.six.lsp.ide.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;

/**
 * Translates six's results (byte offsets into the grammar's text, LSP-free records) into LSP4J's
 * types. It is the one place that knows both, so the features stay testable without a server.
 */
final class LspTypes {
  /** What every diagnostic names as its producer, so editors can tell ours from others'. */
  static final String SOURCE = "six";

  private LspTypes() {}

  static Position position(SourceText source, int offset) {
    return new Position(source.line(offset), source.character(offset));
  }

  static Range range(SourceText source, int start, int end) {
    return new Range(position(source, start), position(source, end));
  }

  static org.eclipse.lsp4j.Diagnostic diagnostic(Diagnostic d, SourceText source, String uri) {
    org.eclipse.lsp4j.Diagnostic result = new org.eclipse.lsp4j.Diagnostic(
        range(source, d.start(), d.end()), SourceText.fromBytewise(d.message()), severity(d), SOURCE, d.kind().code());
    if (d.kind() == DiagnosticKind.UNUSED_BINDING || d.kind() == DiagnosticKind.UNUSED_FORMAL
        || d.kind() == DiagnosticKind.UNUSED_ARGUMENT || d.kind() == DiagnosticKind.UNUSED_WITH
        || d.kind() == DiagnosticKind.UNUSED_REC) {
      result.setTags(List.of(DiagnosticTag.Unnecessary)); // editors grey it out
    }
    if (d.relatedStart() >= 0) {
      Range related = range(source, d.relatedStart(), d.relatedStart());
      result.setRelatedInformation(List.of(new DiagnosticRelatedInformation(new Location(uri, related), relatedMessage(d.kind()))));
    }
    return result;
  }

  /** What the second position of a diagnostic of {@code kind} is. */
  private static String relatedMessage(DiagnosticKind kind) {
    return switch (kind) {
      case DUPLICATE_ATTR, DUPLICATE_FORMAL -> "first defined here";
      case UNTERMINATED_STRING, UNTERMINATED_COMMENT -> "opened here";
      default -> "related position";
    };
  }

  private static DiagnosticSeverity severity(Diagnostic d) {
    return switch (d.severity()) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
      case HINT -> DiagnosticSeverity.Hint;
    };
  }

  static DocumentSymbol symbol(OutlineSymbol symbol, SourceText source) {
    List<DocumentSymbol> children = new ArrayList<>();
    for (OutlineSymbol child : symbol.children()) {
      children.add(symbol(child, source));
    }
    DocumentSymbol result = new DocumentSymbol(symbol.name(), kind(symbol.kind()),
        range(source, symbol.start(), symbol.end()), range(source, symbol.nameStart(), symbol.nameEnd()));
    result.setChildren(children);
    return result;
  }

  private static SymbolKind kind(OutlineSymbol.Kind kind) {
    return switch (kind) {
      case VARIABLE -> SymbolKind.Variable;
      case ATTRIBUTE -> SymbolKind.Field;
      case SET -> SymbolKind.Namespace;
      case FUNCTION -> SymbolKind.Function;
      case INHERITED -> SymbolKind.Property;
    };
  }

  static FoldingRange folding(Fold fold) {
    FoldingRange range = new FoldingRange(fold.startLine(), fold.endLine());
    range.setKind(FoldingRangeKind.Region);
    return range;
  }

  /** A destination in the document {@code uri} (whose text is {@code source}) or in another file. */
  static Location location(Destination destination, SourceText source, String uri) {
    if (destination.file() == null) {
      return new Location(uri, range(source, destination.span().start(), destination.span().end()));
    }
    return new Location(destination.file().toUri().toString(), new Range(new Position(0, 0), new Position(0, 0)));
  }

  /** A quick fix: its edits to the document {@code uri}, and the diagnostic it fixes. */
  static CodeAction codeAction(QuickFixes.Fix fix, SourceText source, String uri) {
    CodeAction action = new CodeAction(SourceText.fromBytewise(fix.title()));
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(List.of(diagnostic(fix.diagnostic(), source, uri)));
    action.setIsPreferred(fix.preferred());
    List<TextEdit> edits = new ArrayList<>();
    for (QuickFixes.Edit edit : fix.edits()) {
      edits.add(new TextEdit(range(source, edit.span().start(), edit.span().end()), SourceText.fromBytewise(edit.text())));
    }
    action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
    return action;
  }

  static DocumentHighlight highlight(Navigation.Highlight highlight, SourceText source) {
    return new DocumentHighlight(range(source, highlight.span().start(), highlight.span().end()),
        highlight.declaration() ? DocumentHighlightKind.Write : DocumentHighlightKind.Read);
  }
}
