package dev.six.grammar.desugar;

import dev.six.grammar.desugar.NixExpr.AttrDef;
import dev.six.grammar.desugar.NixExpr.AttrName;
import dev.six.grammar.desugar.NixExpr.DynamicAttrDef;
import dev.six.grammar.desugar.NixExpr.ExprAssert;
import dev.six.grammar.desugar.NixExpr.ExprAttrs;
import dev.six.grammar.desugar.NixExpr.ExprBinary;
import dev.six.grammar.desugar.NixExpr.ExprCall;
import dev.six.grammar.desugar.NixExpr.ExprConcatStrings;
import dev.six.grammar.desugar.NixExpr.ExprIf;
import dev.six.grammar.desugar.NixExpr.ExprLambda;
import dev.six.grammar.desugar.NixExpr.ExprLet;
import dev.six.grammar.desugar.NixExpr.ExprList;
import dev.six.grammar.desugar.NixExpr.ExprOpHasAttr;
import dev.six.grammar.desugar.NixExpr.ExprOpNot;
import dev.six.grammar.desugar.NixExpr.ExprSelect;
import dev.six.grammar.desugar.NixExpr.ExprVar;
import dev.six.grammar.desugar.NixExpr.ExprWith;
import dev.six.grammar.desugar.NixExpr.Formal;
import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.diagnostic.DiagnosticKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nix's static name resolution ({@code bindVars}): every variable must be bound by an enclosing
 * {@code let}, {@code rec} set, function or the global scope, unless some {@code with} encloses it
 * (a {@code with} can bind any name). Reports every undefined variable, in the order Nix visits
 * them (Nix itself stops at the first).
 */
public final class ScopeChecker {
  private static final String GLOBALS = "nix-global-names.txt";
  private static volatile Set<String> globals;

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** A static scope: names bound at one level, or a {@code with}. */
  private record Scope(Scope parent, Set<Symbol> names, boolean isWith) {
    boolean defines(Symbol name) {
      return names.contains(name);
    }
  }

  private ScopeChecker() {}

  /** The undefined variables of {@code expr}. */
  public static List<Diagnostic> check(NixExpr expr) {
    ScopeChecker checker = new ScopeChecker();
    checker.bind(expr, null);
    return List.copyOf(checker.diagnostics);
  }

  /** The names Nix defines at top level (built-ins, {@code true}, {@code import}, {@code __sub}, ...). */
  public static Set<String> globalNames() {
    Set<String> names = globals;
    if (names == null) {
      names = load();
      globals = names;
    }
    return names;
  }

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    try (InputStream in = ScopeChecker.class.getResourceAsStream(GLOBALS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + GLOBALS);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty()) {
          names.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(names);
  }

  private void variable(ExprVar v, Scope scope) {
    boolean underWith = false;
    for (Scope s = scope; s != null; s = s.parent()) {
      if (s.isWith()) {
        underWith = true;
      } else if (s.defines(v.name())) {
        return;
      }
    }
    if (underWith || globalNames().contains(v.name().name())) {
      return;
    }
    int pos = Math.max(0, v.pos());
    diagnostics.add(Diagnostic.of(pos, pos + v.name().name().length(), DiagnosticKind.UNDEFINED_VARIABLE,
        "undefined variable '" + v.name().name() + "'"));
  }

  private void bind(NixExpr e, Scope scope) {
    if (e instanceof ExprVar v) {
      variable(v, scope);
    } else if (e instanceof ExprSelect s) {
      bind(s.expr(), scope);
      if (s.fallback() != null) {
        bind(s.fallback(), scope);
      }
      path(s.path(), scope);
    } else if (e instanceof ExprOpHasAttr h) {
      bind(h.expr(), scope);
      path(h.path(), scope);
    } else if (e instanceof ExprAttrs a) {
      attrs(a, scope);
    } else if (e instanceof ExprList l) {
      for (NixExpr element : l.elements()) {
        bind(element, scope);
      }
    } else if (e instanceof ExprLambda l) {
      lambda(l, scope);
    } else if (e instanceof ExprCall c) {
      bind(c.function(), scope);
      for (NixExpr arg : c.args()) {
        bind(arg, scope);
      }
    } else if (e instanceof ExprLet l) {
      Scope inner = new Scope(scope, l.attrs().attrs().keySet(), false);
      for (AttrDef def : l.attrs().attrs().values()) {
        bind(def.value(), def.inherited() ? scope : inner);
      }
      bind(l.body(), inner);
    } else if (e instanceof ExprWith w) {
      bind(w.scope(), scope);
      bind(w.body(), new Scope(scope, Set.of(), true));
    } else if (e instanceof ExprIf i) {
      bind(i.condition(), scope);
      bind(i.then(), scope);
      bind(i.otherwise(), scope);
    } else if (e instanceof ExprAssert a) {
      bind(a.condition(), scope);
      bind(a.body(), scope);
    } else if (e instanceof ExprOpNot n) {
      bind(n.expr(), scope);
    } else if (e instanceof ExprBinary b) {
      bind(b.left(), scope);
      bind(b.right(), scope);
    } else if (e instanceof ExprConcatStrings c) {
      for (NixExpr part : c.parts()) {
        bind(part, scope);
      }
    }
    // Literals, paths, __curPos and error placeholders bind nothing.
  }

  private void path(List<AttrName> path, Scope scope) {
    for (AttrName name : path) {
      if (name.symbol() == null) {
        bind(name.expr(), scope);
      }
    }
  }

  private void attrs(ExprAttrs a, Scope scope) {
    Scope dynamicScope = scope;
    if (a.recursive()) {
      Scope inner = new Scope(scope, a.attrs().keySet(), false);
      dynamicScope = inner;
      for (Map.Entry<Symbol, AttrDef> entry : a.attrs().entrySet()) {
        AttrDef def = entry.getValue();
        bind(def.value(), def.inherited() ? scope : inner);
      }
    } else {
      for (AttrDef def : a.attrs().values()) {
        bind(def.value(), scope);
      }
    }
    for (DynamicAttrDef dynamic : a.dynamicAttrs()) {
      bind(dynamic.name(), dynamicScope);
      bind(dynamic.value(), dynamicScope);
    }
  }

  private void lambda(ExprLambda l, Scope scope) {
    Set<Symbol> names = new HashSet<>();
    if (l.arg() != null) {
      names.add(l.arg());
    }
    if (l.formals() != null) {
      for (Formal formal : l.formals().formals()) {
        names.add(formal.name());
      }
    }
    Scope inner = new Scope(scope, names, false);
    if (l.formals() != null) {
      for (Formal formal : l.formals().formals()) {
        if (formal.fallback() != null) {
          bind(formal.fallback(), inner);
        }
      }
    }
    bind(l.body(), inner);
  }
}
