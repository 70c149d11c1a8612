package dev.six.grammar.lower;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTreeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * What the lowering classes share while turning one EMF model into a syntax tree: the tree being
 * built, the source text, the diagnostics found on the way, and where each model object stands in
 * the text (taken from Xtext's node model, without the whitespace and comments around it, which is
 * how the index parser delimits its nodes).
 */
final class LoweringContext {
  final SyntaxTreeBuilder tree;
  final char[] text;
  final List<Diagnostic> diagnostics = new ArrayList<>();

  LoweringContext(char[] text, int expectedNodes) {
    this.text = text;
    this.tree = new SyntaxTreeBuilder(expectedNodes);
  }

  static INode node(EObject object) {
    return NodeModelUtils.getNode(object);
  }

  /** Offset of the first token of {@code object}. */
  static int start(EObject object) {
    return node(object).getOffset();
  }

  /** Offset just past the last token of {@code object}. */
  static int end(EObject object) {
    return node(object).getEndOffset();
  }

  String text(int start, int end) {
    return new String(text, start, end - start);
  }

  /** The whole text of a single-token object, such as a variable. */
  String text(EObject object) {
    INode node = node(object);
    return text(node.getOffset(), node.getEndOffset());
  }

  /** The first token of {@code object}. */
  static ILeafNode firstToken(EObject object) {
    for (ILeafNode leaf : node(object).getLeafNodes()) {
      if (!leaf.isHidden()) {
        return leaf;
      }
    }
    return null;
  }

  /** Offset of the first token of {@code object} spelled {@code token}, or its start if none is. */
  static int tokenOffset(EObject object, String token) {
    INode node = node(object);
    for (ILeafNode leaf : node.getLeafNodes()) {
      if (!leaf.isHidden() && token.equals(leaf.getText())) {
        return leaf.getOffset();
      }
    }
    return node.getOffset();
  }

  /** A placeholder for a part the parser could not find (only after a syntax error). */
  int missing(int offset) {
    return tree.leaf(SyntaxKind.ERROR, offset, offset, -1);
  }

  /** The symbol of a name, or -1 when there is none. */
  int symbol(String name) {
    return name == null ? -1 : tree.string(name);
  }
}
