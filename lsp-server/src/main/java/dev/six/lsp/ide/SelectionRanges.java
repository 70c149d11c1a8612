package dev.six.lsp.ide;

import dev.six.grammar.syntax.SyntaxTree;
import java.util.ArrayList;
import java.util.List;

/**
 * "Expand selection": the syntax nodes around a position, from the innermost (a name, a literal)
 * out to the whole file, each strictly larger than the one before, as editors grow a selection.
 */
public final class SelectionRanges {
  private SelectionRanges() {}

  /** The spans around byte {@code offset}, innermost first; empty for an empty tree. */
  public static List<Span> at(DocumentAnalysis analysis, int offset) {
    SyntaxTree tree = analysis.parse().tree();
    List<Span> outward = new ArrayList<>();
    int node = tree.nodeCount() == 0 ? -1 : tree.root();
    while (node >= 0) {
      Span span = new Span(tree.start(node), tree.end(node));
      if (outward.isEmpty() || !outward.get(outward.size() - 1).equals(span)) {
        outward.add(span);
      }
      int inner = -1;
      for (int child : tree.children(node)) {
        // the cursor just after a name still selects it
        if (tree.start(child) <= offset && offset <= tree.end(child) && tree.end(child) > tree.start(child)) {
          inner = child;
          if (offset < tree.end(child)) {
            break;
          }
        }
      }
      node = inner;
    }
    List<Span> inward = new ArrayList<>();
    for (int i = outward.size() - 1; i >= 0; i--) {
      inward.add(outward.get(i));
    }
    return inward;
  }
}
