package dev.six.lsp.server;

import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Renders what the server sent, as the client received it, to the text of the golden files:
 * positions exactly as the protocol carries them (0-based lines, UTF-16 columns).
 */
final class Rendering {
  private Rendering() {}

  static String diagnostics(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return "(no diagnostics)\n";
    }
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append(range(d.getRange())).append(' ').append(d.getSeverity()).append(" [")
          .append(d.getCode().getLeft()).append("] ").append(d.getSource()).append(": ")
          .append(d.getMessage().getLeft()).append('\n');
      if (d.getRelatedInformation() != null) {
        for (DiagnosticRelatedInformation related : d.getRelatedInformation()) {
          out.append("  related ").append(range(related.getLocation().getRange())).append(' ')
              .append(related.getMessage()).append('\n');
        }
      }
    }
    return out.toString();
  }

  static String symbols(List<Either<SymbolInformation, DocumentSymbol>> symbols) {
    StringBuilder out = new StringBuilder();
    for (Either<SymbolInformation, DocumentSymbol> symbol : symbols) {
      symbol(symbol.getRight(), 0, out);
    }
    return out.length() == 0 ? "(no symbols)\n" : out.toString();
  }

  private static void symbol(DocumentSymbol symbol, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append(symbol.getName()).append(' ').append(symbol.getKind()).append(' ')
        .append(range(symbol.getRange())).append(" name ").append(range(symbol.getSelectionRange())).append('\n');
    for (DocumentSymbol child : symbol.getChildren()) {
      symbol(child, depth + 1, out);
    }
  }

  static String folds(List<FoldingRange> folds) {
    StringBuilder out = new StringBuilder();
    for (FoldingRange fold : folds) {
      out.append(fold.getStartLine()).append('-').append(fold.getEndLine()).append(' ').append(fold.getKind()).append('\n');
    }
    return out.length() == 0 ? "(no folds)\n" : out.toString();
  }

  /** {@code text} with {@code edits} applied (they do not overlap; applied from the last one back). */
  static String applied(String text, List<TextEdit> edits) {
    List<TextEdit> sorted = new java.util.ArrayList<>(edits);
    sorted.sort((a, b) -> {
      int line = Integer.compare(b.getRange().getStart().getLine(), a.getRange().getStart().getLine());
      return line != 0 ? line : Integer.compare(b.getRange().getStart().getCharacter(), a.getRange().getStart().getCharacter());
    });
    String result = text;
    for (TextEdit edit : sorted) {
      result = TextEdits.apply(result, edit.getRange(), edit.getNewText());
    }
    return result;
  }

  /**
   * Decodes semantic tokens as the protocol carries them (relative lines and columns, UTF-16) into
   * one token per line: {@code line:col len type [modifiers] 'text'}, the text cut from the
   * document as the editor would.
   */
  static String semanticTokens(List<Integer> data, SemanticTokensLegend legend, String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    StringBuilder out = new StringBuilder();
    int line = 0;
    int column = 0;
    for (int i = 0; i + 4 < data.size(); i += 5) {
      line += data.get(i);
      column = data.get(i) == 0 ? column + data.get(i + 1) : data.get(i + 1);
      int length = data.get(i + 2);
      List<String> modifiers = new java.util.ArrayList<>();
      for (int bit = 0; bit < legend.getTokenModifiers().size(); bit++) {
        if ((data.get(i + 4) & (1 << bit)) != 0) {
          modifiers.add(legend.getTokenModifiers().get(bit));
        }
      }
      String source = lines[line];
      String piece = column + length <= source.length() ? source.substring(column, column + length) : "<past the line: " + source + ">";
      out.append(line).append(':').append(column).append(' ').append(length).append(' ')
          .append(legend.getTokenTypes().get(data.get(i + 3))).append(' ').append(modifiers).append(" '")
          .append(piece).append("'\n");
    }
    return out.length() == 0 ? "(no tokens)\n" : out.toString();
  }

  static String range(Range range) {
    return position(range.getStart()) + "-" + position(range.getEnd());
  }

  private static String position(Position position) {
    return position.getLine() + ":" + position.getCharacter();
  }
}
