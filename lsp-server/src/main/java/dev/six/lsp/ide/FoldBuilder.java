package dev.six.lsp.ide;

import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the foldable regions of a document: attribute sets, lists and strings that span lines
 * (folded up to the line before their closing delimiter, which stays visible) and {@code let}
 * bindings (folded up to the last binding, so that {@code in} stays visible).
 */
public final class FoldBuilder {
  private FoldBuilder() {}

  /** The folds of a parsed document, by start line; one per start line, the outermost. */
  public static List<Fold> folds(DocumentAnalysis analysis) {
    SyntaxTree tree = analysis.parse().tree();
    SourceText source = analysis.source();
    List<Fold> folds = new ArrayList<>();
    // The tree's nodes are arrays in post-order, so a plain loop visits them all without recursion.
    for (int node = 0; node < tree.nodeCount(); node++) {
      int startLine = source.line(tree.start(node));
      int endLine = switch (tree.kind(node)) {
        case ATTRSET, REC_ATTRSET, LEGACY_LET, LIST, STRING, IND_STRING -> lastLine(source, tree.end(node)) - 1;
        case LET -> letBindingsEnd(tree, source, node);
        default -> -1;
      };
      if (endLine > startLine) {
        folds.add(new Fold(startLine, endLine));
      }
    }
    folds.sort(Comparator.comparingInt(Fold::startLine).thenComparing(Comparator.comparingInt(Fold::endLine).reversed()));
    List<Fold> outermost = new ArrayList<>();
    for (Fold fold : folds) {
      if (outermost.isEmpty() || outermost.get(outermost.size() - 1).startLine() != fold.startLine()) {
        outermost.add(fold);
      }
    }
    return outermost;
  }

  private static int letBindingsEnd(SyntaxTree tree, SourceText source, int let) {
    int[] children = tree.children(let);
    // The last child is the body; a let without bindings has nothing to fold.
    return children.length < 2 ? -1 : lastLine(source, tree.end(children[children.length - 2]));
  }

  /** The line of the last character before {@code end}. */
  private static int lastLine(SourceText source, int end) {
    return source.line(Math.max(0, end - 1));
  }
}
