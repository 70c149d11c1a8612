package dev.six.lsp.ide;

import dev.six.grammar.syntax.SyntaxTree;
import java.util.ArrayList;
import java.util.List;

/**
 * "Expand selection": the syntax nodes around a position, from the innermost (a name, a literal)
 * out to the whole file, each strictly larger than the one before, as editors grow a selection.
 * The walk down to the position is also what the value features use to find the node under the
 * cursor ({@link #nodesAt}).
 */
public final class SelectionRanges {
  private SelectionRanges() {}

  /** The spans around byte {@code offset}, innermost first; empty for an empty tree. */
  public static List<Span> at(DocumentAnalysis analysis, int offset) {
    SyntaxTree tree = analysis.parse().tree();
    List<Span> inward = new ArrayList<>();
    List<Integer> path = nodesAt(tree, offset);
    for (int i = path.size() - 1; i >= 0; i--) {
      Span span = new Span(tree.start(path.get(i)), tree.end(path.get(i)));
      if (inward.isEmpty() || !inward.get(inward.size() - 1).equals(span)) {
        inward.add(span);
      }
    }
    return inward;
  }

  /**
   * The nodes that contain byte {@code offset}, from the root down to the innermost; empty for an
   * empty tree. The cursor just after a name still selects it (a node ending at the offset counts
   * when no node starts there).
   */
  public static List<Integer> nodesAt(SyntaxTree tree, int offset) {
    List<Integer> path = new ArrayList<>();
    int node = tree.nodeCount() == 0 ? -1 : tree.root();
    while (node >= 0) {
      path.add(node);
      int inner = -1;
      for (int child : tree.children(node)) {
        if (tree.start(child) <= offset && offset <= tree.end(child) && tree.end(child) > tree.start(child)) {
          inner = child;
          if (offset < tree.end(child)) {
            break;
          }
        }
      }
      node = inner;
    }
    return path;
  }
}
