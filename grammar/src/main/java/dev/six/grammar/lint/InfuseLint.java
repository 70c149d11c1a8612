package dev.six.grammar.lint;

import dev.six.grammar.desugar.NixExpr;
import dev.six.grammar.desugar.NixExprWalk;
import dev.six.grammar.desugar.Symbol;
import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.diagnostic.DiagnosticKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What infuse would refuse in an infusion written in the source, found without evaluating: an
 * infusion is the second argument of a call to {@code infuse} (or {@code ….infuse}), or an
 * attribute set among a host's {@code service-overlays}. At each level of it: {@code __} keys
 * mixed with plain ones, a {@code __} key that is not one of infuse's sugars (with the nearest
 * one), a plain key whose value is a literal scalar, which needs {@code __assign}, and an
 * {@code __output} function of one argument: on a derivation infuse applies {@code __output}
 * through {@code overrideAttrs} as {@code finalAttrs: prevAttrs: …}, so a function whose body is a
 * set (or any other non-function) fails there. It is a warning, not an error: on a plain function
 * infuse post-composes {@code __output}, where that shape is right, and the target is rarely
 * visible; where it is (a lambda given to {@code infuse}) nothing is reported.
 */
public final class InfuseLint {
  /** infuse's default sugars, as {@code corpus/infuse} (and upstream infuse.nix) define them. */
  public static final List<String> SUGARS = List.of("__init", "__default", "__assign", "__underlay", "__overlay",
      "__prepend", "__append", "__input", "__output", "__values", "__infuse");
  /** The sugars whose value is itself an infusion (the others take a value or a function). */
  private static final List<String> NESTED = List.of("__input", "__output", "__infuse");

  private final List<Diagnostic> out = new ArrayList<>();
  private final KeyPositions keys;

  private InfuseLint(char[] text, int length) {
    this.keys = new KeyPositions(text, length);
  }

  /** The infusions of {@code root}, parsed from {@code text} (for the keys' exact places). */
  public static List<Diagnostic> check(char[] text, int length, NixExpr root) {
    InfuseLint lint = new InfuseLint(text, length);
    forEachInfusion(root, lint::infusion);
    return lint.out;
  }

  /**
   * Calls {@code action} with each infusion {@code root} writes, in source order, and whether what
   * it is applied to is a function written in the file.
   */
  static void forEachInfusion(NixExpr root, BiConsumer<NixExpr, Boolean> action) {
    NixExprWalk.walk(root, e -> {
      if (e instanceof NixExpr.ExprCall call && isInfuse(call.function()) && call.args().size() >= 2) {
        action.accept(call.args().get(1), call.args().get(0) instanceof NixExpr.ExprLambda);
      } else if (e instanceof NixExpr.ExprAttrs attrs) {
        for (Map.Entry<Symbol, NixExpr.AttrDef> a : attrs.attrs().entrySet()) {
          if (a.getKey().name().equals("service-overlays") && a.getValue().value() instanceof NixExpr.ExprList list) {
            list.elements().forEach(element -> action.accept(element, false));
          }
        }
      }
    });
  }

  /** Whether {@code f} names infuse: {@code infuse} or {@code ….infuse}. */
  static boolean isInfuse(NixExpr f) {
    if (f instanceof NixExpr.ExprVar v) {
      return v.name().name().equals("infuse");
    }
    if (f instanceof NixExpr.ExprSelect s && !s.path().isEmpty()) {
      NixExpr.AttrName last = s.path().get(s.path().size() - 1);
      return last.symbol() != null && last.symbol().name().equals("infuse");
    }
    return false;
  }

  /**
   * An infusion: a set is checked level by level, a list element by element; anything else is left
   * to evaluation. {@code functionTarget}: what it is applied to is a function written in the file.
   */
  private void infusion(NixExpr e, boolean functionTarget) {
    if (e instanceof NixExpr.ExprList list) {
      for (NixExpr element : list.elements()) {
        int at = scalarPosition(element);
        if (at >= 0) {
          // a list applies its infusions in turn: a scalar among them is refused like a scalar leaf
          out.add(Diagnostic.of(at, at + 1, DiagnosticKind.INFUSE_SCALAR_LEAF, "infuse cannot apply a scalar value"
              + " in a list of infusions: to set a list, write '__assign = [ ... ]' (or __append, __prepend)"));
        } else {
          infusion(element, functionTarget);
        }
      }
    } else if (e instanceof NixExpr.ExprAttrs attrs && !attrs.recursive()) {
      level(attrs, functionTarget);
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

  private void level(NixExpr.ExprAttrs attrs, boolean functionTarget) {
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
          if (key.equals("__output") && !functionTarget) {
            outputArity(def.value());
          }
          // __infuse applies to the same target; __input and __output reach inside it
          infusion(def.value(), key.equals("__infuse") && functionTarget);
        }
      } else if (isScalar(def.value())) {
        report(def.pos(), key, DiagnosticKind.INFUSE_SCALAR_LEAF, "infuse cannot apply the scalar value of '" + key
            + "': write '" + key + ".__assign = ...' to set it (or __default, __init)");
      } else {
        infusion(def.value(), false);
      }
    }
  }

  /** A one-argument function as the value of {@code __output}, reported at the lambda. */
  private void outputArity(NixExpr value) {
    if (value instanceof NixExpr.ExprLambda lambda && !mayBeFunction(lambda.body())) {
      String arg = lambda.arg() != null && lambda.formals() == null ? lambda.arg().name() : null;
      int end = arg != null ? lambda.pos() + arg.length() : lambda.pos() + 1;
      // a warning: on a plain function (not visible here) infuse post-composes a one-argument function
      out.add(Diagnostic.of(lambda.pos(), end, DiagnosticKind.INFUSE_OUTPUT_ONE_ARGUMENT, "__output on a derivation"
          + " needs a two-argument function (finalAttrs: prevAttrs: ...), which infuse passes to overrideAttrs;"
          + " this one takes one argument and returns no function (add '_: ' before it, or give __output a set of"
          + " infusions)"));
    }
  }

  /** Whether {@code body} may evaluate to a function: false only for what visibly cannot. */
  private static boolean mayBeFunction(NixExpr body) {
    NixExpr e = body;
    while (true) {
      if (e instanceof NixExpr.ExprLet let) {
        e = let.body();
      } else if (e instanceof NixExpr.ExprWith with) {
        e = with.body();
      } else if (e instanceof NixExpr.ExprAssert a) {
        e = a.body();
      } else {
        break;
      }
    }
    if (e instanceof NixExpr.ExprAttrs attrs) {
      return attrs.attrs().keySet().stream().anyMatch(k -> k.name().equals("__functor"));
    }
    if (e instanceof NixExpr.ExprBinary b && b.op().equals("//")) {
      return mayBeFunction(b.right());
    }
    if (e instanceof NixExpr.ExprIf i) {
      return mayBeFunction(i.then()) || mayBeFunction(i.otherwise());
    }
    return !(e instanceof NixExpr.ExprList || e instanceof NixExpr.ExprString || e instanceof NixExpr.ExprInt
        || e instanceof NixExpr.ExprFloat || e instanceof NixExpr.ExprPath || e instanceof NixExpr.ExprConcatStrings);
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

  /** Reports at the key (see {@link KeyPositions}). */
  private void report(int pos, String key, DiagnosticKind kind, String message) {
    int at = keys.find(key, pos);
    out.add(Diagnostic.of(at, at + key.length(), kind, message));
  }
}
