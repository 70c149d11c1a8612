package dev.six.lsp.ide;

import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;

/**
 * The one reading of an attribute name written in the source: {@code x} or {@code "x"} (a string
 * without interpolation) stands for a name known without evaluating anything; {@code ${e}} or a
 * string with interpolation does not. Scoping, references, semantic tokens and values all ask it.
 */
public final class AttributeNames {
  private AttributeNames() {}

  /** The name the attribute node stands for, or null when it is computed. */
  public static String staticName(SyntaxTree tree, int node) {
    SyntaxKind kind = tree.kind(node);
    if (kind == SyntaxKind.ATTR_ID) {
      return tree.string(node);
    }
    if (kind != SyntaxKind.ATTR_STRING || tree.childCount(node) != 1) {
      return null;
    }
    int string = tree.child(node, 0);
    if (string < 0 || tree.kind(string) != SyntaxKind.STRING) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (int part : tree.children(string)) {
      if (tree.kind(part) != SyntaxKind.STR_TEXT) {
        return null;
      }
      text.append(tree.string(part));
    }
    return text.toString();
  }
}
