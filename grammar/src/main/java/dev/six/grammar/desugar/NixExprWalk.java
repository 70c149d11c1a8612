package dev.six.grammar.desugar;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Visits every expression of a desugared tree, parents before children and children in source
 * order, without recursion (a generated file can nest deeper than the stack); and says what the
 * children of one expression are, for walks that treat some kinds themselves.
 */
public final class NixExprWalk {
  private NixExprWalk() {}

  public static void walk(NixExpr root, Consumer<NixExpr> visit) {
    Deque<NixExpr> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      NixExpr e = todo.pop();
      visit.accept(e);
      pushReversed(todo, children(e));
    }
  }

  /** The sub-expressions of {@code e}, in source order, without nulls. */
  public static List<NixExpr> children(NixExpr e) {
    List<NixExpr> c = new java.util.ArrayList<>();
    if (e instanceof NixExpr.ExprSelect s) {
      c.add(s.expr());
      names(c, s.path());
      c.add(s.fallback());
    } else if (e instanceof NixExpr.ExprOpHasAttr h) {
      c.add(h.expr());
      names(c, h.path());
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
    } else if (e instanceof NixExpr.ExprLet l) {
      c.add(l.attrs());
      c.add(l.body());
    } else if (e instanceof NixExpr.ExprCall call) {
      c.add(call.function());
      c.addAll(call.args());
    } else if (e instanceof NixExpr.ExprLambda l) {
      if (l.formals() != null) {
        l.formals().formals().forEach(f -> c.add(f.fallback()));
      }
      c.add(l.body());
    } else if (e instanceof NixExpr.ExprAttrs a) {
      a.attrs().values().forEach(d -> c.add(d.value()));
      a.dynamicAttrs().forEach(d -> {
        c.add(d.name());
        c.add(d.value());
      });
    }
    c.removeIf(x -> x == null);
    return c;
  }

  private static void names(List<NixExpr> c, List<NixExpr.AttrName> path) {
    path.forEach(n -> c.add(n.expr()));
  }

  private static void pushReversed(Deque<NixExpr> todo, List<NixExpr> children) {
    for (int i = children.size() - 1; i >= 0; i--) {
      if (children.get(i) != null) {
        todo.push(children.get(i));
      }
    }
  }
}
