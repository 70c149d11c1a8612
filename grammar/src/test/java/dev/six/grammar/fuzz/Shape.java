package dev.six.grammar.fuzz;

import dev.six.grammar.syntax.BinaryOp;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of an expression, independent of spelling: a syntax kind, a payload (name, operator,
 * literal text) and children, with parentheses dropped. Generated expressions are shapes; parsed
 * trees are converted back to shapes, so that a round trip compares structure, not text.
 */
record Shape(SyntaxKind kind, String payload, List<Shape> children) {

  static Shape of(SyntaxKind kind, String payload, Shape... children) {
    return new Shape(kind, payload, List.of(children));
  }

  static Shape of(SyntaxKind kind, String payload, List<Shape> children) {
    return new Shape(kind, payload, List.copyOf(children));
  }

  Shape child(int i) {
    return children.get(i);
  }

  /** The shape of node {@code n} of a parsed tree: PAREN nodes are transparent. */
  static Shape fromTree(SyntaxTree tree, int n) {
    SyntaxKind kind = tree.kind(n);
    if (kind == SyntaxKind.PAREN) {
      return fromTree(tree, tree.child(n, 0));
    }
    List<Shape> children = new ArrayList<>();
    for (int child : tree.children(n)) {
      children.add(fromTree(tree, child));
    }
    String payload = switch (kind) {
      case VAR, ATTR_ID, FORMAL, STR_TEXT, IND_TEXT, IND_ESCAPE, PATH_HEAD, SEARCH_PATH, URI -> tree.string(n);
      case LAMBDA -> tree.data(n) >= 0 ? tree.string(n) : "";
      case INT -> Long.toString(tree.intValue(n));
      case FLOAT -> Double.toString(tree.floatValue(n));
      case BINARY -> BinaryOp.of(tree.data(n)).text();
      case FORMALS -> tree.data(n) == 1 ? "..." : "";
      default -> "";
    };
    return new Shape(kind, payload, List.copyOf(children));
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    append(out, 0);
    return out.toString();
  }

  private void append(StringBuilder out, int depth) {
    out.append("  ".repeat(depth)).append(kind);
    if (!payload.isEmpty()) {
      out.append(' ').append(payload.replace("\n", "\\n"));
    }
    out.append('\n');
    for (Shape child : children) {
      child.append(out, depth + 1);
    }
  }
}
