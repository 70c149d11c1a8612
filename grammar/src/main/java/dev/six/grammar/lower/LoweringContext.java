package dev.six.grammar.lower;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTreeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * What the lowering classes share while turning one EMF model into a syntax tree: the tree being
 * built, the source text and the diagnostics found on the way.
 *
 * <p>It also finds the tokens a model object begins and ends with in Xtext's node model, without
 * the whitespace and comments around them, which is how the index parser delimits its nodes. Only
 * an object's own tokens are looked up this way (a keyword, a name): they sit near the top of its
 * node, whereas a token of a nested expression can be many node levels down, so the lowering takes
 * those ranges from the children it has already built.
 */
final class LoweringContext {
  final SyntaxTreeBuilder tree;
  final char[] text;
  final List<Diagnostic> diagnostics = new ArrayList<>();

  LoweringContext(char[] text, int expectedNodes) {
    this.text = text;
    this.tree = new SyntaxTreeBuilder(expectedNodes);
  }

  /** The first token of {@code object}, or null if it has none. */
  static ILeafNode firstToken(EObject object) {
    return first(NodeModelUtils.getNode(object));
  }

  /** The last token of {@code object}, or null if it has none. */
  static ILeafNode lastToken(EObject object) {
    return last(NodeModelUtils.getNode(object));
  }

  private static ILeafNode first(INode node) {
    if (node instanceof ILeafNode) {
      return ((ILeafNode) node).isHidden() ? null : (ILeafNode) node;
    }
    for (INode child = ((ICompositeNode) node).getFirstChild(); child != null; child = child.getNextSibling()) {
      ILeafNode leaf = first(child);
      if (leaf != null) {
        return leaf;
      }
    }
    return null;
  }

  private static ILeafNode last(INode node) {
    if (node instanceof ILeafNode) {
      return ((ILeafNode) node).isHidden() ? null : (ILeafNode) node;
    }
    for (INode child = ((ICompositeNode) node).getLastChild(); child != null; child = child.getPreviousSibling()) {
      ILeafNode leaf = last(child);
      if (leaf != null) {
        return leaf;
      }
    }
    return null;
  }

  /** Offset of the first token of {@code object}. */
  static int start(EObject object) {
    ILeafNode leaf = firstToken(object);
    return leaf == null ? NodeModelUtils.getNode(object).getOffset() : leaf.getOffset();
  }

  /** Offset just past the last token of {@code object}. */
  static int end(EObject object) {
    ILeafNode leaf = lastToken(object);
    return leaf == null ? NodeModelUtils.getNode(object).getEndOffset() : leaf.getEndOffset();
  }

  /** Offset of the first token of {@code object} spelled {@code token}, or its start if none is. */
  static int tokenOffset(EObject object, String token) {
    INode node = NodeModelUtils.getNode(object);
    for (ILeafNode leaf : node.getLeafNodes()) {
      if (!leaf.isHidden() && token.equals(leaf.getText())) {
        return leaf.getOffset();
      }
    }
    return start(object);
  }

  String text(int start, int end) {
    return new String(text, start, end - start);
  }

  /** A leaf of {@code kind} over the single token of {@code object}, carrying its text. */
  int token(SyntaxKind kind, EObject object) {
    ILeafNode leaf = firstToken(object);
    int start = leaf.getOffset();
    int end = leaf.getEndOffset();
    return tree.leaf(kind, start, end, tree.string(text(start, end)));
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
