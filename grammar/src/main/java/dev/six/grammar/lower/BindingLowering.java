package dev.six.grammar.lower;

import static dev.six.grammar.lower.LoweringContext.end;
import static dev.six.grammar.lower.LoweringContext.start;

import dev.six.grammar.nix.AttrBinding;
import dev.six.grammar.nix.AttrName;
import dev.six.grammar.nix.AttrPath;
import dev.six.grammar.nix.Binding;
import dev.six.grammar.nix.DynAttr;
import dev.six.grammar.nix.Formal;
import dev.six.grammar.nix.Formals;
import dev.six.grammar.nix.IdAttr;
import dev.six.grammar.nix.Inherit;
import dev.six.grammar.nix.StrAttr;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTreeBuilder;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Lowers what names things: bindings, inherits, attribute paths and a function's formals. */
final class BindingLowering {
  private final LoweringContext cx;
  private final SyntaxTreeBuilder tree;
  private final ExprLowering exprs;

  BindingLowering(LoweringContext cx, ExprLowering exprs) {
    this.cx = cx;
    this.tree = cx.tree;
    this.exprs = exprs;
  }

  void bindings(List<Binding> bindings) {
    for (Binding binding : bindings) {
      if (binding instanceof Inherit) {
        inherit((Inherit) binding);
      } else if (binding instanceof AttrBinding) {
        bind((AttrBinding) binding);
      }
    }
  }

  private void bind(AttrBinding binding) {
    int m = tree.mark();
    int path = attrPath(binding.getPath(), binding);
    exprs.lower(binding.getValue(), binding);
    tree.node(SyntaxKind.BIND, tree.start(path), end(binding), 0, m);
  }

  private void inherit(Inherit inherit) {
    int m = tree.mark();
    if (inherit.getFrom() != null) {
      exprs.lower(inherit.getFrom(), inherit);
    }
    for (AttrName name : inherit.getNames()) {
      attrName(name);
    }
    tree.node(SyntaxKind.INHERIT, start(inherit), end(inherit), namesStart(inherit), m);
  }

  /** Just past {@code inherit}, or past the {@code )} of its {@code (from)}: where Nix places the names. */
  private static int namesStart(Inherit inherit) {
    int afterKeyword = start(inherit) + "inherit".length();
    if (inherit.getFrom() == null) {
      return afterKeyword;
    }
    for (INode child : NodeModelUtils.getNode(inherit).getChildren()) {
      if (child instanceof ILeafNode leaf && !leaf.isHidden() && ")".equals(leaf.getText())) {
        return leaf.getEndOffset();
      }
    }
    return end(inherit.getFrom());
  }

  /** Lowers the attribute path of {@code owner}, or an ERROR in its place when there is none. */
  int attrPath(AttrPath path, EObject owner) {
    int m = tree.mark();
    if (path == null || path.getNames().isEmpty()) {
      int offset = end(owner);
      cx.missing(offset);
      return tree.node(SyntaxKind.ATTRPATH, offset, offset, 0, m);
    }
    int first = -1;
    int last = -1;
    for (AttrName name : path.getNames()) {
      last = attrName(name);
      first = first < 0 ? last : first;
    }
    return tree.node(SyntaxKind.ATTRPATH, tree.start(first), tree.end(last), 0, m);
  }

  private int attrName(AttrName name) {
    int m = tree.mark();
    if (name instanceof StrAttr) {
      int string = exprs.lower(((StrAttr) name).getString(), name);
      return tree.node(SyntaxKind.ATTR_STRING, tree.start(string), tree.end(string), 0, m);
    }
    if (name instanceof DynAttr) {
      exprs.lower(((DynAttr) name).getExpr(), name);
      return tree.node(SyntaxKind.ATTR_DYNAMIC, start(name), end(name), 0, m);
    }
    // IdAttr: a name or the keyword 'or'.
    return cx.token(SyntaxKind.ATTR_ID, name);
  }

  void formals(Formals formals) {
    int m = tree.mark();
    for (Formal formal : formals.getFormals()) {
      int fm = tree.mark();
      ILeafNode name = LoweringContext.firstToken(formal);
      int symbol = cx.symbol(formal.getName());
      int end = name.getEndOffset();
      if (formal.getDefault() != null) {
        end = tree.end(exprs.lower(formal.getDefault(), formal));
      }
      tree.node(SyntaxKind.FORMAL, name.getOffset(), end, symbol, fm);
    }
    tree.node(SyntaxKind.FORMALS, start(formals), end(formals), formals.isEllipsis() ? 1 : 0, m);
  }
}
