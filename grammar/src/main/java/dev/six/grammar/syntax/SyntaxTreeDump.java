package dev.six.grammar.syntax;

/**
 * Renders a {@link SyntaxTree} as indented text, one node per line ({@code KIND@start..end payload}),
 * for golden tests and {@code six parse --tree}: a whole tree becomes one reviewable diff.
 */
public final class SyntaxTreeDump {
  private SyntaxTreeDump() {}

  public static String dump(SyntaxTree tree) {
    StringBuilder out = new StringBuilder();
    if (tree.nodeCount() > 0) {
      node(tree, tree.root(), 0, out);
    }
    return out.toString();
  }

  private static void node(SyntaxTree tree, int n, int depth, StringBuilder out) {
    out.append("  ".repeat(depth));
    SyntaxKind kind = tree.kind(n);
    out.append(kind).append('@').append(tree.start(n)).append("..").append(tree.end(n));
    String payload = payload(tree, n, kind);
    if (!payload.isEmpty()) {
      out.append(' ').append(payload);
    }
    out.append('\n');
    for (int child : tree.children(n)) {
      node(tree, child, depth + 1, out);
    }
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
