package dev.six.grammar.lint;

import dev.six.grammar.desugar.NixExpr;
import dev.six.grammar.desugar.NixExprWalk;
import dev.six.grammar.desugar.Symbol;
import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.diagnostic.DiagnosticKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code __init} on an attribute the file shows to exist, which infuse refuses ("attribute already
 * existed"). An attribute is known to exist only from what is written: the set literal an infusion
 * is applied to ({@code infuse { x = 1; } { x.__init = …; }}, or a {@code let} name bound to such
 * a literal, with Nix's scoping), an earlier element of a list of
 * infusions that creates it, and, for a host (a set with {@code services} and
 * {@code service-overlays}), {@code targets.<name>} for every service it selects, earlier overlays
 * included. Anything the file does not show (a variable, a function's result) is assumed absent,
 * so the lint never guesses.
 */
public final class InitExistingLint {
  /** The sugars that leave their attribute present whatever it was before. */
  private static final List<String> CREATING = List.of("__init", "__default", "__assign", "__underlay", "__overlay",
      "__prepend", "__append");

  private final List<Diagnostic> out = new ArrayList<>();
  private final KeyPositions keys;
  /** Calls already checked as part of a host's overlays, so the plain walk skips them. */
  private final Set<NixExpr> handled = Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * What is known of a value: {@code present} when it surely exists (so {@code __init} on it fails),
   * with {@code why} saying how the file shows it; and the attributes known to exist inside it.
   */
  private record Shape(boolean present, String why, Map<String, Shape> children) {
    static final Shape UNKNOWN = new Shape(false, "", Map.of());

    Shape child(String name) {
      return children.getOrDefault(name, UNKNOWN);
    }

    Shape withChild(String name, Shape child) {
      Map<String, Shape> more = new LinkedHashMap<>(children);
      more.put(name, child);
      return new Shape(true, why.isEmpty() ? "an earlier infusion creates it" : why, more);
    }
  }

  private InitExistingLint(char[] text, int length) {
    this.keys = new KeyPositions(text, length);
  }

  /**
   * The set literals {@code let} binds where an expression is, by name; {@code literal} is null
   * where a nearer binding (a formal, a {@code rec} attribute, another {@code let}) hides the name
   * or binds something else.
   */
  private record Scope(String name, NixExpr.ExprAttrs literal, Scope parent) {
    static NixExpr.ExprAttrs lookup(Scope scope, String name) {
      for (Scope s = scope; s != null; s = s.parent) {
        if (s.name.equals(name)) {
          return s.literal;
        }
      }
      return null;
    }
  }

  /** An expression to visit, with the names in scope there. */
  private record Pending(NixExpr expr, Scope scope) {}

  /** The {@code __init}s on existing attributes in {@code root}, parsed from {@code text}. */
  public static List<Diagnostic> check(char[] text, int length, NixExpr root) {
    InitExistingLint lint = new InitExistingLint(text, length);
    // parents before children, without recursion: a generated file can nest deeper than the stack
    Deque<Pending> todo = new ArrayDeque<>();
    todo.push(new Pending(root, null));
    while (!todo.isEmpty()) {
      Pending p = todo.pop();
      lint.visit(p.expr(), p.scope());
      Scope inner = inner(p.expr(), p.scope());
      List<NixExpr> children = NixExprWalk.children(p.expr());
      for (int i = children.size() - 1; i >= 0; i--) {
        todo.push(new Pending(children.get(i), inner));
      }
    }
    return lint.out;
  }

  /** The scope of the sub-expressions of {@code e}: what a {@code let}, {@code rec} or function binds. */
  private static Scope inner(NixExpr e, Scope outer) {
    Scope scope = outer;
    if (e instanceof NixExpr.ExprLet let) {
      for (Map.Entry<Symbol, NixExpr.AttrDef> a : let.attrs().attrs().entrySet()) {
        NixExpr value = a.getValue().value();
        NixExpr.ExprAttrs literal = a.getValue().inherited() && value instanceof NixExpr.ExprVar v
            ? Scope.lookup(outer, v.name().name()) // inherit x; reads the outer x
            : value instanceof NixExpr.ExprAttrs set && !set.recursive() ? set : null;
        scope = new Scope(a.getKey().name(), literal, scope);
      }
    } else if (e instanceof NixExpr.ExprAttrs attrs && attrs.recursive()) {
      for (Symbol name : attrs.attrs().keySet()) {
        scope = new Scope(name.name(), null, scope);
      }
    } else if (e instanceof NixExpr.ExprLambda lambda) {
      if (lambda.arg() != null) {
        scope = new Scope(lambda.arg().name(), null, scope);
      }
      if (lambda.formals() != null) {
        for (NixExpr.Formal formal : lambda.formals().formals()) {
          scope = new Scope(formal.name().name(), null, scope);
        }
      }
    }
    return scope;
  }

  private void visit(NixExpr e, Scope scope) {
    if (e instanceof NixExpr.ExprAttrs attrs) {
      host(attrs);
    } else if (e instanceof NixExpr.ExprCall call && !handled.contains(call) && InfuseLint.isInfuse(call.function())
        && call.args().size() >= 2) {
      NixExpr target = call.args().get(0);
      if (target instanceof NixExpr.ExprVar v && Scope.lookup(scope, v.name().name()) != null) {
        target = Scope.lookup(scope, v.name().name());
      }
      apply(call.args().get(1), literal(target, "the set it is applied to defines it"), "");
    }
  }

  /** A host's overlays, applied in turn to a targets scope holding the selected services. */
  private void host(NixExpr.ExprAttrs attrs) {
    NixExpr services = value(attrs, "services");
    NixExpr overlays = value(attrs, "service-overlays");
    if (services == null || !(overlays instanceof NixExpr.ExprList list)) {
      return;
    }
    Map<String, Shape> targets = new LinkedHashMap<>();
    Shape selected = new Shape(true, "the host selects it in services", Map.of());
    if (services instanceof NixExpr.ExprList names) {
      for (NixExpr name : names.elements()) {
        if (name instanceof NixExpr.ExprString s) {
          targets.put(s.value(), selected);
        }
      }
    } else if (services instanceof NixExpr.ExprAttrs set) {
      set.attrs().keySet().forEach(name -> targets.put(name.name(), selected));
    }
    Shape scope = new Shape(false, "", Map.of("targets", new Shape(true, "", targets)));
    for (NixExpr overlay : list.elements()) {
      NixExpr infusion = overlay instanceof NixExpr.ExprAttrs ? overlay : infusionOf(overlay);
      // an overlay the file does not show as an infusion may change anything
      scope = infusion == null ? Shape.UNKNOWN : apply(infusion, scope, "");
    }
  }

  /** The infusion of an overlay written {@code final: prev: infuse prev { … }}, or null. */
  private NixExpr infusionOf(NixExpr overlay) {
    if (overlay instanceof NixExpr.ExprLambda outer && outer.formals() == null
        && outer.body() instanceof NixExpr.ExprLambda inner && inner.formals() == null && inner.arg() != null
        && inner.body() instanceof NixExpr.ExprCall call && InfuseLint.isInfuse(call.function()) && call.args().size() == 2
        && call.args().get(0) instanceof NixExpr.ExprVar target && target.name().equals(inner.arg())) {
      handled.add(call);
      return call.args().get(1);
    }
    return null;
  }

  private static NixExpr value(NixExpr.ExprAttrs attrs, String name) {
    for (Map.Entry<Symbol, NixExpr.AttrDef> a : attrs.attrs().entrySet()) {
      if (a.getKey().name().equals(name)) {
        return a.getValue().value();
      }
    }
    return null;
  }

  /** What a set literal shows to exist (itself and its attributes, nested sets included). */
  private static Shape literal(NixExpr e, String why) {
    if (!(e instanceof NixExpr.ExprAttrs attrs) || attrs.recursive()) {
      return Shape.UNKNOWN;
    }
    Map<String, Shape> children = new LinkedHashMap<>();
    for (Map.Entry<Symbol, NixExpr.AttrDef> a : attrs.attrs().entrySet()) {
      Shape inner = literal(a.getValue().value(), why);
      children.put(a.getKey().name(), new Shape(true, why, inner.children()));
    }
    return new Shape(true, why, children);
  }

  /** Applies {@code infusion} to a value known as {@code target}; what is known of the result. */
  private Shape apply(NixExpr infusion, Shape target, String path) {
    if (infusion instanceof NixExpr.ExprList list) {
      Shape shape = target;
      for (NixExpr element : list.elements()) {
        shape = apply(element, shape, path);
      }
      return shape;
    }
    if (!(infusion instanceof NixExpr.ExprAttrs attrs) || attrs.recursive()
        || attrs.attrs().keySet().stream().anyMatch(k -> k.name().equals("__functor"))) {
      // a function may return anything: only whether the value exists stays known
      return new Shape(target.present(), target.why(), Map.of());
    }
    if (leafless(attrs)) {
      return target;
    }
    boolean sugared = attrs.attrs().keySet().stream().anyMatch(k -> k.name().startsWith("__"));
    boolean plain = attrs.attrs().keySet().stream().anyMatch(k -> !k.name().startsWith("__"));
    if (sugared && plain) {
      return Shape.UNKNOWN; // InfuseLint reports the mix; infuse refuses the level
    }
    return sugared ? sugars(attrs, target, path) : attributes(attrs, target, path);
  }

  /** A level of sugars, which infuse applies in its table order: {@code __init} first. */
  private Shape sugars(NixExpr.ExprAttrs attrs, Shape target, String path) {
    boolean creates = false;
    Shape result = target;
    for (Map.Entry<Symbol, NixExpr.AttrDef> a : attrs.attrs().entrySet()) {
      String key = a.getKey().name();
      NixExpr value = a.getValue().value();
      creates |= CREATING.contains(key);
      if (key.equals("__init") && target.present()) {
        int at = keys.find(key, a.getValue().pos());
        String where = path.isEmpty() ? "the value" : "'" + path + "'";
        out.add(Diagnostic.of(at, at + key.length(), DiagnosticKind.INFUSE_INIT_EXISTING, "__init creates an"
            + " attribute, but " + where + " already exists (" + target.why() + "), so infuse refuses it: use"
            + " __assign to replace it or __default to keep it"));
      } else if (key.equals("__infuse")) {
        result = apply(value, target, path);
      } else if (key.equals("__input") || key.equals("__output") || key.equals("__values")) {
        apply(value, Shape.UNKNOWN, ""); // the inside of a package or of each value: nothing is known of it
      }
    }
    boolean onlyInfuse = attrs.attrs().size() == 1 && value(attrs, "__infuse") != null;
    return onlyInfuse ? result : new Shape(target.present() || creates, target.why(), Map.of());
  }

  /** A level of plain attributes: each infused into the target's attribute of that name. */
  private Shape attributes(NixExpr.ExprAttrs attrs, Shape target, String path) {
    Shape result = new Shape(true, target.why(), target.children());
    for (Map.Entry<Symbol, NixExpr.AttrDef> a : attrs.attrs().entrySet()) {
      String name = a.getKey().name();
      String inner = path.isEmpty() ? name : path + "." + name;
      Shape after = apply(a.getValue().value(), target.child(name), inner);
      result = result.withChild(name, after.present() && after.why().isEmpty()
          ? new Shape(true, "an earlier infusion creates it", after.children()) : after);
    }
    return result;
  }

  /** A set whose leaves are all empty sets, which infuse prunes away. */
  private static boolean leafless(NixExpr.ExprAttrs attrs) {
    if (!attrs.dynamicAttrs().isEmpty()) {
      return false;
    }
    for (NixExpr.AttrDef def : attrs.attrs().values()) {
      if (!(def.value() instanceof NixExpr.ExprAttrs inner) || inner.recursive() || !leafless(inner)) {
        return false;
      }
    }
    return true;
  }
}
