package dev.six.grammar.lint;

import dev.six.grammar.lexer.NixNames;
import dev.six.grammar.desugar.NixExpr;
import dev.six.grammar.desugar.NixExprWalk;
import dev.six.grammar.desugar.Symbol;
import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.diagnostic.DiagnosticKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What infuse would refuse in an infusion written in the source, found without evaluating: an
 * infusion is the second argument of a call to {@code infuse} (or {@code ….infuse}), or an
 * attribute set among a host's {@code service-overlays}. At each level of it: {@code __} keys
 * mixed with plain ones, a {@code __} key that is not one of infuse's sugars (with the nearest
 * one), and a plain key whose value is a literal scalar, which needs {@code __assign}.
 */
public final class InfuseLint {
  /** infuse's default sugars, as {@code corpus/infuse} (and upstream infuse.nix) define them. */
  public static final List<String> SUGARS = List.of("__init", "__default", "__assign", "__underlay", "__overlay",
      "__prepend", "__append", "__input", "__output", "__values", "__infuse");
  /** The sugars whose value is itself an infusion (the others take a value or a function). */
  private static final List<String> NESTED = List.of("__input", "__output", "__infuse");

  private final List<Diagnostic> out = new ArrayList<>();
  private final char[] text;
  private final int length;

  private InfuseLint(char[] text, int length) {
    this.text = text;
    this.length = length;
  }

  /** The infusions of {@code root}, parsed from {@code text} (for the keys' exact places). */
  public static List<Diagnostic> check(char[] text, int length, NixExpr root) {
    InfuseLint lint = new InfuseLint(text, length);
    NixExprWalk.walk(root, lint::visit);
    return lint.out;
  }

  private void visit(NixExpr e) {
    if (e instanceof NixExpr.ExprCall call && isInfuse(call.function()) && call.args().size() >= 2) {
      infusion(call.args().get(1));
    } else if (e instanceof NixExpr.ExprAttrs attrs) {
      for (Map.Entry<Symbol, NixExpr.AttrDef> a : attrs.attrs().entrySet()) {
        if (a.getKey().name().equals("service-overlays") && a.getValue().value() instanceof NixExpr.ExprList list) {
          list.elements().forEach(this::infusion);
        }
      }
    }
  }

  private static boolean isInfuse(NixExpr f) {
    if (f instanceof NixExpr.ExprVar v) {
      return v.name().name().equals("infuse");
    }
    if (f instanceof NixExpr.ExprSelect s && !s.path().isEmpty()) {
      NixExpr.AttrName last = s.path().get(s.path().size() - 1);
      return last.symbol() != null && last.symbol().name().equals("infuse");
    }
    return false;
  }

  /** An infusion: a set is checked level by level, a list element by element; anything else is left to evaluation. */
  private void infusion(NixExpr e) {
    if (e instanceof NixExpr.ExprList list) {
      for (NixExpr element : list.elements()) {
        int at = scalarPosition(element);
        if (at >= 0) {
          // a list applies its infusions in turn: a scalar among them is refused like a scalar leaf
          out.add(Diagnostic.of(at, at + 1, DiagnosticKind.INFUSE_SCALAR_LEAF, "infuse cannot apply a scalar value"
              + " in a list of infusions: to set a list, write '__assign = [ ... ]' (or __append, __prepend)"));
        } else {
          infusion(element);
        }
      }
    } else if (e instanceof NixExpr.ExprAttrs attrs && !attrs.recursive()) {
      level(attrs);
    }
  }

  /** Where a scalar literal starts, or -1 when {@code e} is not one (or does not say where it is). */
  private static int scalarPosition(NixExpr e) {
    if (!isScalar(e)) {
      return -1;
    }
    if (e instanceof NixExpr.ExprInt i) {
      return i.pos();
    }
    if (e instanceof NixExpr.ExprFloat f) {
      return f.pos();
    }
    if (e instanceof NixExpr.ExprString s) {
      return s.pos();
    }
    if (e instanceof NixExpr.ExprPath p) {
      return p.pos();
    }
    if (e instanceof NixExpr.ExprConcatStrings c) {
      return c.pos();
    }
    return e instanceof NixExpr.ExprVar v ? v.pos() : -1;
  }

  private void level(NixExpr.ExprAttrs attrs) {
    if (attrs.attrs().keySet().stream().anyMatch(k -> k.name().equals("__functor"))) {
      return; // a set with __functor is a function: infuse applies it, whatever else it holds
    }
    Map.Entry<Symbol, NixExpr.AttrDef> sugar = null;
    Map.Entry<Symbol, NixExpr.AttrDef> plain = null;
    for (Map.Entry<Symbol, NixExpr.AttrDef> a : attrs.attrs().entrySet()) {
      if (a.getKey().name().startsWith("__")) {
        sugar = sugar == null ? a : sugar;
      } else {
        plain = plain == null ? a : plain;
      }
    }
    if (sugar != null && plain != null) {
      // infuse refuses the level as a whole, before looking at any of it
      report(plain.getValue().pos(), plain.getKey().name(), DiagnosticKind.INFUSE_MIXED_KEYS, "infuse cannot mix sugar"
          + " keys (" + sugar.getKey().name() + ") and plain attributes (" + plain.getKey().name() + ") at one level:"
          + " move one of them a level down");
      return;
    }
    for (Map.Entry<Symbol, NixExpr.AttrDef> a : attrs.attrs().entrySet()) {
      String key = a.getKey().name();
      NixExpr.AttrDef def = a.getValue();
      if (key.startsWith("__")) {
        if (!SUGARS.contains(key)) {
          report(def.pos(), key, DiagnosticKind.INFUSE_UNKNOWN_SUGAR, "unknown infuse sugar " + key
              + Suggestion.nearest(key, SUGARS).map(s -> " (did you mean " + s + "?)").orElse("")
              + "; infuse knows " + String.join(", ", SUGARS));
        } else if (NESTED.contains(key)) {
          infusion(def.value());
        }
      } else if (isScalar(def.value())) {
        report(def.pos(), key, DiagnosticKind.INFUSE_SCALAR_LEAF, "infuse cannot apply the scalar value of '" + key
            + "': write '" + key + ".__assign = ...' to set it (or __default, __init)");
      } else {
        infusion(def.value());
      }
    }
  }

  /** A literal infuse refuses as an infusion (it takes sets, lists and functions). */
  private static boolean isScalar(NixExpr e) {
    if (e instanceof NixExpr.ExprInt || e instanceof NixExpr.ExprFloat || e instanceof NixExpr.ExprString
        || e instanceof NixExpr.ExprPath) {
      return true;
    }
    if (e instanceof NixExpr.ExprConcatStrings c) {
      return c.forceString();
    }
    return e instanceof NixExpr.ExprVar v && List.of("true", "false", "null").contains(v.name().name());
  }

  /**
   * Reports at the key: an attribute's position is where its binding starts, which for a path
   * ({@code a.b.__asign = …}) is the path's first name, so the key is looked for from there.
   */
  private void report(int pos, String key, DiagnosticKind kind, String message) {
    int at = find(key, pos);
    out.add(Diagnostic.of(at, at + key.length(), kind, message));
  }

  private int find(String key, int from) {
    int limit = Math.min(length - key.length(), from + 4096);
    for (int i = from; i <= limit; i++) {
      if (matchesAt(key, i)) {
        return i;
      }
    }
    return from;
  }

  private boolean matchesAt(String key, int i) {
    for (int k = 0; k < key.length(); k++) {
      if (text[i + k] != key.charAt(k)) {
        return false;
      }
    }
    int end = i + key.length();
    boolean startsName = i == 0 || !NixNames.isIdPart(text[i - 1]);
    return startsName && (end >= length || !NixNames.isIdPart(text[end]));
  }
}
