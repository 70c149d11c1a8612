package dev.six.grammar.parse;

import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;

/**
 * Compares two syntax trees node by node and describes the first difference, so that a failing
 * equivalence test says where the parsers disagree instead of only that they do.
 */
final class TreeDiff {
  private TreeDiff() {}

  /** The first difference between {@code expected} and {@code actual}, or null when identical. */
  static String firstDifference(SyntaxTree expected, SyntaxTree actual) {
    int count = Math.min(expected.nodeCount(), actual.nodeCount());
    for (int n = 0; n < count; n++) {
      String a = describe(expected, n);
      String b = describe(actual, n);
      if (!a.equals(b)) {
        return "node " + n + ": expected " + a + " but was " + b;
      }
    }
    if (expected.nodeCount() != actual.nodeCount()) {
      return "expected " + expected.nodeCount() + " nodes but was " + actual.nodeCount();
    }
    return null;
  }

  /** Everything a node holds: kind, range, subtree size, raw data and the value data points at. */
  static String describe(SyntaxTree tree, int n) {
    return tree.kind(n) + " " + tree.start(n) + ".." + tree.end(n) + " size=" + tree.subtreeSize(n)
        + " data=" + tree.data(n) + value(tree, n);
  }

  private static String value(SyntaxTree tree, int n) {
    SyntaxKind kind = tree.kind(n);
    return switch (kind) {
      case INT -> " int=" + tree.intValue(n);
      case FLOAT -> " float=" + Double.doubleToRawLongBits(tree.floatValue(n));
      case VAR, ATTR_ID, FORMAL, LAMBDA, SEARCH_PATH, URI, STR_TEXT, IND_TEXT, IND_ESCAPE, PATH_HEAD ->
          " string=" + quote(tree.string(n));
      default -> "";
    };
  }

  private static String quote(String s) {
    return s == null ? "null" : "\"" + s.replace("\n", "\\n") + "\"";
  }
}
