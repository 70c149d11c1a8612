package dev.six.lsp.index;

import dev.six.grammar.desugar.NixExpr;
import java.util.ArrayList;
import java.util.List;

/** The sub-expressions of an expression the extractor does not treat itself, in any order. */
final class Children {
  private Children() {}

  static List<NixExpr> of(NixExpr e) {
    List<NixExpr> c = new ArrayList<>();
    if (e instanceof NixExpr.ExprSelect s) {
      c.add(s.expr());
      c.add(s.fallback());
    } else if (e instanceof NixExpr.ExprOpHasAttr h) {
      c.add(h.expr());
    } else if (e instanceof NixExpr.ExprList l) {
      c.addAll(l.elements());
    } else if (e instanceof NixExpr.ExprOpNot n) {
      c.add(n.expr());
    } else if (e instanceof NixExpr.ExprBinary b) {
      c.add(b.left());
      c.add(b.right());
    } else if (e instanceof NixExpr.ExprConcatStrings s) {
      c.addAll(s.parts());
    } else if (e instanceof NixExpr.ExprIf i) {
      c.add(i.condition());
      c.add(i.then());
      c.add(i.otherwise());
    } else if (e instanceof NixExpr.ExprAssert a) {
      c.add(a.condition());
      c.add(a.body());
    } else if (e instanceof NixExpr.ExprWith w) {
      c.add(w.scope());
      c.add(w.body());
    } else if (e instanceof NixExpr.ExprCall call) {
      c.add(call.function());
      c.addAll(call.args());
    }
    c.removeIf(x -> x == null);
    return c;
  }
}
