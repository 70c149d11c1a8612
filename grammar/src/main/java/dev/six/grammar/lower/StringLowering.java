package dev.six.grammar.lower;

import static dev.six.grammar.lower.LoweringContext.end;
import static dev.six.grammar.lower.LoweringContext.start;

import dev.six.grammar.nix.IndEscape;
import dev.six.grammar.nix.IndStr;
import dev.six.grammar.nix.IndText;
import dev.six.grammar.nix.Interp;
import dev.six.grammar.nix.PathExpr;
import dev.six.grammar.nix.Str;
import dev.six.grammar.nix.StrPart;
import dev.six.grammar.nix.StrText;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTreeBuilder;
import org.eclipse.xtext.nodemodel.ILeafNode;

/**
 * Lowers strings, indented strings and paths: literal parts become text leaves carrying their
 * value, interpolations become INTERP nodes around the lowered expression.
 */
final class StringLowering {
  private final LoweringContext cx;
  private final SyntaxTreeBuilder tree;
  private final ExprLowering exprs;

  StringLowering(LoweringContext cx, ExprLowering exprs) {
    this.cx = cx;
    this.tree = cx.tree;
    this.exprs = exprs;
  }

  int string(Str string) {
    int m = tree.mark();
    for (StrPart part : string.getParts()) {
      if (part instanceof StrText) {
        // NixValueConverters has unescaped it already, as Unescape.string does for the index parser.
        tree.leaf(SyntaxKind.STR_TEXT, start(part), end(part), tree.string(((StrText) part).getText()));
      } else {
        interpolation(part);
      }
    }
    return tree.node(SyntaxKind.STRING, start(string), end(string), 0, m);
  }

  int indString(IndStr string) {
    int m = tree.mark();
    for (StrPart part : string.getParts()) {
      int s = start(part);
      int e = end(part);
      if (part instanceof IndText) {
        tree.leaf(SyntaxKind.IND_TEXT, s, e, tree.string(cx.text(s, e)));
      } else if (part instanceof IndEscape) {
        // Unescaped by NixValueConverters too.
        tree.leaf(SyntaxKind.IND_ESCAPE, s, e, tree.string(((IndEscape) part).getText()));
      } else {
        interpolation(part);
      }
    }
    return tree.node(SyntaxKind.IND_STRING, start(string), end(string), 0, m);
  }

  int path(PathExpr path) {
    int m = tree.mark();
    ILeafNode head = LoweringContext.firstToken(path);
    int last = cx.token(SyntaxKind.PATH_HEAD, path);
    for (StrPart part : path.getParts()) {
      if (part instanceof StrText) {
        // Path text is taken as written: paths have no escapes.
        last = cx.token(SyntaxKind.STR_TEXT, part);
      } else {
        last = interpolation(part);
      }
    }
    return tree.node(SyntaxKind.PATH, head.getOffset(), tree.end(last), 0, m);
  }

  private int interpolation(StrPart part) {
    int m = tree.mark();
    exprs.lower(part instanceof Interp ? ((Interp) part).getExpr() : null, part);
    return tree.node(SyntaxKind.INTERP, start(part), end(part), 0, m);
  }
}
