package dev.six.grammar.desugar;

import dev.six.grammar.desugar.NixExpr.AttrDef;
import dev.six.grammar.desugar.NixExpr.AttrName;
import dev.six.grammar.desugar.NixExpr.DynamicAttrDef;
import dev.six.grammar.desugar.NixExpr.ExprAssert;
import dev.six.grammar.desugar.NixExpr.ExprAttrs;
import dev.six.grammar.desugar.NixExpr.ExprBinary;
import dev.six.grammar.desugar.NixExpr.ExprCall;
import dev.six.grammar.desugar.NixExpr.ExprConcatStrings;
import dev.six.grammar.desugar.NixExpr.ExprError;
import dev.six.grammar.desugar.NixExpr.ExprFloat;
import dev.six.grammar.desugar.NixExpr.ExprIf;
import dev.six.grammar.desugar.NixExpr.ExprInt;
import dev.six.grammar.desugar.NixExpr.ExprLambda;
import dev.six.grammar.desugar.NixExpr.ExprLet;
import dev.six.grammar.desugar.NixExpr.ExprList;
import dev.six.grammar.desugar.NixExpr.ExprOpHasAttr;
import dev.six.grammar.desugar.NixExpr.ExprOpNot;
import dev.six.grammar.desugar.NixExpr.ExprPath;
import dev.six.grammar.desugar.NixExpr.ExprPos;
import dev.six.grammar.desugar.NixExpr.ExprSelect;
import dev.six.grammar.desugar.NixExpr.ExprString;
import dev.six.grammar.desugar.NixExpr.ExprVar;
import dev.six.grammar.desugar.NixExpr.ExprWith;
import dev.six.grammar.desugar.NixExpr.Formal;
import dev.six.grammar.parse.DeepRecursion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints a {@link NixExpr} exactly as {@code nix-instantiate --parse} of Nix 2.8 does (its
 * {@code Expr::show} methods): fully parenthesised, attribute sets sorted by name, {@code let}
 * bindings and formals in symbol order, strings re-escaped, floats as C++ streams print them.
 */
public final class ExprPrinter {
  private final StringBuilder out = new StringBuilder();
  private final boolean sortByName;

  private ExprPrinter(boolean sortByName) {
    this.sortByName = sortByName;
  }

  /** Prints {@code expr} as Nix 2.8 does. */
  public static String print(NixExpr expr) {
    return DeepRecursion.call(() -> {
      ExprPrinter printer = new ExprPrinter(false);
      printer.show(expr);
      return printer.out.toString();
    }, () -> "<expression nested too deeply>");
  }

  /**
   * Prints {@code expr} with {@code let} bindings and formals sorted by name instead of by symbol:
   * a form in which two printings that differ only in Nix 2.8's allocator-dependent symbol order
   * are equal.
   */
  public static String printSortedByName(NixExpr expr) {
    return DeepRecursion.call(() -> {
      ExprPrinter printer = new ExprPrinter(true);
      printer.show(expr);
      return printer.out.toString();
    }, () -> "<expression nested too deeply>");
  }

  private void show(NixExpr e) {
    if (e instanceof ExprInt i) {
      out.append(i.value());
    } else if (e instanceof ExprFloat f) {
      out.append(FloatFormat.format(f.value()));
    } else if (e instanceof ExprString s) {
      string(out, s.value());
    } else if (e instanceof ExprPath p) {
      out.append(p.value());
    } else if (e instanceof ExprVar v) {
      out.append(identifier(v.name().name()));
    } else if (e instanceof ExprPos p) {
      out.append("__curPos");
    } else if (e instanceof ExprError err) {
      out.append("<error>");
    } else if (e instanceof ExprSelect s) {
      out.append('(');
      show(s.expr());
      out.append(").").append(attrPath(s.path(), sortByName));
      if (s.fallback() != null) {
        out.append(" or (");
        show(s.fallback());
        out.append(')');
      }
    } else if (e instanceof ExprOpHasAttr h) {
      out.append("((");
      show(h.expr());
      out.append(") ? ").append(attrPath(h.path(), sortByName)).append(')');
    } else if (e instanceof ExprAttrs a) {
      attrs(a);
    } else if (e instanceof ExprList l) {
      out.append("[ ");
      for (NixExpr element : l.elements()) {
        out.append('(');
        show(element);
        out.append(") ");
      }
      out.append(']');
    } else if (e instanceof ExprLambda l) {
      lambda(l);
    } else if (e instanceof ExprCall c) {
      out.append('(');
      show(c.function());
      for (NixExpr arg : c.args()) {
        out.append(' ');
        show(arg);
      }
      out.append(')');
    } else if (e instanceof ExprLet l) {
      out.append("(let ");
      List<Map.Entry<Symbol, AttrDef>> bindings = new ArrayList<>(l.attrs().attrs().entrySet());
      if (sortByName) {
        bindings.sort((x, y) -> x.getKey().name().compareTo(y.getKey().name()));
      }
      for (Map.Entry<Symbol, AttrDef> entry : bindings) {
        if (entry.getValue().inherited()) {
          out.append("inherit ").append(identifier(entry.getKey().name())).append("; ");
        } else {
          out.append(identifier(entry.getKey().name())).append(" = ");
          show(entry.getValue().value());
          out.append("; ");
        }
      }
      out.append("in ");
      show(l.body());
      out.append(')');
    } else if (e instanceof ExprWith w) {
      out.append("(with ");
      show(w.scope());
      out.append("; ");
      show(w.body());
      out.append(')');
    } else if (e instanceof ExprIf i) {
      out.append("(if ");
      show(i.condition());
      out.append(" then ");
      show(i.then());
      out.append(" else ");
      show(i.otherwise());
      out.append(')');
    } else if (e instanceof ExprAssert a) {
      out.append("assert ");
      show(a.condition());
      out.append("; ");
      show(a.body());
    } else if (e instanceof ExprOpNot n) {
      out.append("(! ");
      show(n.expr());
      out.append(')');
    } else if (e instanceof ExprBinary b) {
      out.append('(');
      show(b.left());
      out.append(' ').append(b.op()).append(' ');
      show(b.right());
      out.append(')');
    } else if (e instanceof ExprConcatStrings c) {
      out.append('(');
      boolean first = true;
      for (NixExpr part : c.parts()) {
        if (!first) {
          out.append(" + ");
        }
        first = false;
        show(part);
      }
      out.append(')');
    } else {
      throw new IllegalStateException("unknown expression " + e);
    }
  }

  private void attrs(ExprAttrs a) {
    if (a.recursive()) {
      out.append("rec ");
    }
    out.append("{ ");
    List<Map.Entry<Symbol, AttrDef>> sorted = new ArrayList<>(a.attrs().entrySet());
    sorted.sort((x, y) -> compareBytes(x.getKey().name(), y.getKey().name()));
    for (Map.Entry<Symbol, AttrDef> entry : sorted) {
      String name = identifier(entry.getKey().name());
      if (entry.getValue().inherited()) {
        out.append("inherit ").append(name).append(" ; ");
      } else {
        out.append(name).append(" = ");
        show(entry.getValue().value());
        out.append("; ");
      }
    }
    for (DynamicAttrDef dynamic : a.dynamicAttrs()) {
      out.append("\"${");
      show(dynamic.name());
      out.append("}\" = ");
      show(dynamic.value());
      out.append("; ");
    }
    out.append('}');
  }

  /** std::string's operator<: unsigned byte order, which for chars below 256 is char order. */
  private static int compareBytes(String a, String b) {
    return a.compareTo(b);
  }

  private void lambda(ExprLambda l) {
    out.append('(');
    if (l.formals() != null) {
      out.append("{ ");
      boolean first = true;
      List<Formal> formals = new ArrayList<>(l.formals().formals());
      if (sortByName) {
        formals.sort((x, y) -> x.name().name().compareTo(y.name().name()));
      }
      for (Formal formal : formals) {
        if (!first) {
          out.append(", ");
        }
        first = false;
        out.append(identifier(formal.name().name()));
        if (formal.fallback() != null) {
          out.append(" ? ");
          show(formal.fallback());
        }
      }
      if (l.formals().ellipsis()) {
        if (!first) {
          out.append(", ");
        }
        out.append("...");
      }
      out.append(" }");
      if (l.arg() != null) {
        out.append(" @ ");
      }
    }
    if (l.arg() != null) {
      out.append(identifier(l.arg().name()));
    }
    out.append(": ");
    show(l.body());
    out.append(')');
  }

  /** An attribute path as Nix shows it: {@code a.b."c d"."${e}"}. */
  static String attrPath(List<AttrName> path) {
    return attrPath(path, false);
  }

  private static String attrPath(List<AttrName> path, boolean sortByName) {
    StringBuilder s = new StringBuilder();
    boolean first = true;
    for (AttrName name : path) {
      if (!first) {
        s.append('.');
      }
      first = false;
      if (name.symbol() != null) {
        s.append(identifier(name.symbol().name()));
      } else {
        ExprPrinter inner = new ExprPrinter(sortByName);
        inner.show(name.expr());
        s.append("\"${").append(inner.out).append("}\"");
      }
    }
    return s.toString();
  }

  /** A name, quoted when it is not a plain identifier (or is {@code if}, as Nix 2.8 does). */
  public static String identifier(String s) {
    if (s.isEmpty()) {
      return "\"\"";
    }
    if (s.equals("if")) {
      return "\"if\"";
    }
    char c = s.charAt(0);
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')) {
      StringBuilder quoted = new StringBuilder();
      string(quoted, s);
      return quoted.toString();
    }
    for (int i = 0; i < s.length(); i++) {
      char d = s.charAt(i);
      if (!((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9')
          || d == '_' || d == '\'' || d == '-')) {
        StringBuilder quoted = new StringBuilder();
        string(quoted, s);
        return quoted.toString();
      }
    }
    return s;
  }

  /** A string literal: {@code " \ $} escaped with a backslash, newline, CR and tab as escapes. */
  static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"', '\\', '$' -> out.append('\\').append(c);
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    out.append('"');
  }
}
