package dev.six.grammar.syntax;

/**
 * Renders a {@link SyntaxTree} as indented text, one node per line ({@code KIND@start..end payload}),
 * for golden tests and {@code six parse --tree}: a whole tree becomes one reviewable diff.
 */
public final class SyntaxTreeDump {
  private SyntaxTreeDump() {}

  public static String dump(SyntaxTree tree) {
    StringBuilder out = new StringBuilder();
    // An iterative pre-order walk: trees can be deeper than the Java stack.
    java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
    if (tree.nodeCount() > 0) {
      stack.push(new int[] {tree.root(), 0});
    }
    while (!stack.isEmpty()) {
      int[] top = stack.pop();
      line(tree, top[0], top[1], out);
      int[] children = tree.children(top[0]);
      for (int i = children.length - 1; i >= 0; i--) {
        stack.push(new int[] {children[i], top[1] + 1});
      }
    }
    return out.toString();
  }

  private static void line(SyntaxTree tree, int n, int depth, StringBuilder out) {
    out.append("  ".repeat(depth));
    SyntaxKind kind = tree.kind(n);
    out.append(kind).append('@').append(tree.start(n)).append("..").append(tree.end(n));
    String payload = payload(tree, n, kind);
    if (!payload.isEmpty()) {
      out.append(' ').append(payload);
    }
    out.append('\n');
  }

  private static String payload(SyntaxTree tree, int n, SyntaxKind kind) {
    return switch (kind) {
      case VAR, ATTR_ID, FORMAL, STR_TEXT, IND_TEXT, IND_ESCAPE, PATH_HEAD, SEARCH_PATH, URI -> quote(tree.string(n));
      case LAMBDA -> tree.data(n) >= 0 ? quote(tree.string(n)) : "";
      case INT -> Long.toString(tree.intValue(n));
      case FLOAT -> Double.toString(tree.floatValue(n));
      case BINARY -> BinaryOp.of(tree.data(n)).text();
      case FORMALS -> tree.data(n) == 1 ? "..." : "";
      default -> "";
    };
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
