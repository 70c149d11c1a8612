package dev.six.grammar.lower;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.syntax.LineMap;
import dev.six.grammar.syntax.SyntaxTree;
import java.util.List;
import org.eclipse.emf.ecore.EObject;

/**
 * Turns the EMF model the Xtext parser built into the same {@link SyntaxTree} the index parser
 * builds from the same text, so that everything downstream (desugaring, scope checks, the index)
 * works on one representation whichever parser ran.
 */
public final class ModelLowering {
  private ModelLowering() {}

  /** The tree and the literal-value errors (integers and floats out of range) of one parse. */
  public record LoweredTree(SyntaxTree tree, List<Diagnostic> diagnostics) {}

  /**
   * Lowers {@code root}, the model of {@code text[0..length)}; a null root (nothing parsed) gives
   * a tree with a single ERROR node, as the index parser's does.
   */
  public static LoweredTree lower(EObject root, char[] text, int length) {
    LoweringContext cx = new LoweringContext(text, length / 3);
    if (root != null) {
      new ExprLowering(cx).lower(root, root);
    }
    SyntaxTree tree = cx.tree.build(LineMap.of(text, length), length);
    return new LoweredTree(tree, cx.diagnostics);
  }
}
