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
    attrPath(binding.getPath(), start(binding));
    exprs.lower(binding.getValue(), end(binding));
    tree.node(SyntaxKind.BIND, start(binding), end(binding), 0, m);
  }

  private void inherit(Inherit inherit) {
    int m = tree.mark();
    if (inherit.getFrom() != null) {
      exprs.lower(inherit.getFrom(), start(inherit));
    }
    for (AttrName name : inherit.getNames()) {
      attrName(name);
    }
    tree.node(SyntaxKind.INHERIT, start(inherit), end(inherit), inherit.getFrom() != null ? 1 : 0, m);
  }

  void attrPath(AttrPath path, int offsetIfMissing) {
    if (path == null) {
      int m = tree.mark();
      cx.missing(offsetIfMissing);
      tree.node(SyntaxKind.ATTRPATH, offsetIfMissing, offsetIfMissing, 0, m);
      return;
    }
    int m = tree.mark();
    for (AttrName name : path.getNames()) {
      attrName(name);
    }
    tree.node(SyntaxKind.ATTRPATH, start(path), end(path), 0, m);
  }

  private void attrName(AttrName name) {
    int m = tree.mark();
    if (name instanceof IdAttr) {
      tree.leaf(SyntaxKind.ATTR_ID, start(name), end(name), tree.string(cx.text(name)));
    } else if (name instanceof StrAttr) {
      StrAttr attr = (StrAttr) name;
      if (attr.getString() != null) {
        exprs.lower(attr.getString(), start(name));
      }
      tree.node(SyntaxKind.ATTR_STRING, start(name), end(name), 0, m);
    } else if (name instanceof DynAttr) {
      exprs.lower(((DynAttr) name).getExpr(), end(name));
      tree.node(SyntaxKind.ATTR_DYNAMIC, start(name), end(name), 0, m);
    }
  }

  void formals(Formals formals) {
    int m = tree.mark();
    for (Formal formal : formals.getFormals()) {
      int fm = tree.mark();
      int name = cx.symbol(formal.getName());
      if (formal.getDefault() != null) {
        exprs.lower(formal.getDefault(), end(formal));
      }
      tree.node(SyntaxKind.FORMAL, start(formal), end(formal), name, fm);
    }
    tree.node(SyntaxKind.FORMALS, start(formals), end(formals), formals.isEllipsis() ? 1 : 0, m);
  }
}
