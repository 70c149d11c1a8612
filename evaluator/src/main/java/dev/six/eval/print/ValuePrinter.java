package dev.six.eval.print;

import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.NixLambda;
import dev.six.eval.runtime.PrimOp;
import dev.six.eval.runtime.PrimOpApp;
import dev.six.eval.runtime.Thunk;
import dev.six.eval.value.ArrayAttrs;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.NixFloat;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixNull;
import dev.six.eval.value.NixPath;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;
import dev.six.grammar.desugar.ExprPrinter;
import dev.six.grammar.desugar.FloatFormat;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Prints values as {@code nix-instantiate --eval} (Nix 2.8) does: sets with names sorted, strings
 * escaped, unevaluated parts as {@code <CODE>}, functions as {@code <LAMBDA>}, {@code <PRIMOP>},
 * {@code <PRIMOP-APP>}, and a set or list met a second time as {@code «repeated»}.
 */
public final class ValuePrinter {
  /** «repeated» as the UTF-8 bytes Nix writes, one char per byte like every string here. */
  private static final String REPEATED =
      new String("«repeated»".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1);

  private final StringBuilder out = new StringBuilder();
  private final Set<Object> seen;

  private ValuePrinter(boolean detectRepeats) {
    this.seen = detectRepeats ? Collections.newSetFromMap(new IdentityHashMap<>()) : null;
  }

  /** Prints {@code v} without forcing anything further. */
  public static String print(EvalState st, Value v, boolean detectRepeats) {
    ValuePrinter printer = new ValuePrinter(detectRepeats);
    printer.value(v, new Object());
    return printer.out.toString();
  }

  /**
   * Prints {@code value}, reached through the stored reference {@code cell}. Nix keeps lists of one
   * or two elements inside the value cell itself, so such a list counts as repeated only when met
   * again through the same cell; longer lists and sets are shared storage, repeated wherever met.
   */
  private void value(Value value, Object cell) {
    Value v = value;
    if (v instanceof Thunk t) {
      if (!t.isEvaluated()) {
        out.append("<CODE>");
        return;
      }
      v = t.valueIfEvaluated();
    }
    if (v instanceof NixInt i) {
      out.append(i.value);
    } else if (v instanceof NixBool b) {
      out.append(b.value ? "true" : "false");
    } else if (v instanceof NixString s) {
      string(out, s.value);
    } else if (v instanceof NixPath p) {
      out.append(p.path);
    } else if (v instanceof NixNull) {
      out.append("null");
    } else if (v instanceof NixFloat f) {
      out.append(FloatFormat.format(f.value));
    } else if (v instanceof NixAttrs attrs) {
      if (seen != null && !attrs.isEmpty() && !seen.add(attrs)) {
        out.append(REPEATED);
        return;
      }
      ArrayAttrs flat = attrs.flat();
      out.append("{ ");
      for (int i = 0; i < flat.size(); i++) {
        out.append(ExprPrinter.identifier(flat.keyAt(i).name)).append(" = ");
        value(flat.valueAt(i), flat.valueAt(i));
        out.append("; ");
      }
      out.append('}');
    } else if (v instanceof NixList list) {
      Object identity = list.size() <= 2 ? cell : list;
      if (seen != null && list.size() > 0 && !seen.add(identity)) {
        out.append(REPEATED);
        return;
      }
      out.append("[ ");
      for (Value element : list.elements()) {
        value(element, element);
        out.append(' ');
      }
      out.append(']');
    } else if (v instanceof NixLambda) {
      out.append("<LAMBDA>");
    } else if (v instanceof PrimOp) {
      out.append("<PRIMOP>");
    } else if (v instanceof PrimOpApp) {
      out.append("<PRIMOP-APP>");
    } else {
      throw new IllegalStateException("cannot print " + v);
    }
  }

  /** A string as Nix prints values: {@code " \} escaped, {@code \n \r \t}, and {@code ${} as {@code \${}. */
  static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\0') {
        break;
      }
      switch (c) {
        case '"', '\\' -> out.append('\\').append(c);
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '$' -> out.append(i + 1 < s.length() && s.charAt(i + 1) == '{' ? "\\$" : "$");
        default -> out.append(c);
      }
    }
    out.append('"');
  }
}
