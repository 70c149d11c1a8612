package dev.six.eval.runtime;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.source.Pos;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.NixFloat;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixNull;
import dev.six.eval.value.NixPath;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Nix's {@code coerceToString}: what interpolation, {@code +} on strings and {@code toString} turn
 * values into. Strings stay (their context is collected), paths become their text (or, when
 * interpolated into a string, are copied to the store), sets use {@code __toString} or
 * {@code outPath}; with {@code coerceMore} (as {@code toString} does) also numbers, Booleans,
 * null and lists.
 */
public final class Coercion {
  private Coercion() {}

  public static String toString(EvalState st, Value value, Pos pos, ContextCollector context, boolean coerceMore,
      boolean copyToStore) {
    Value v = st.force(value);
    if (v instanceof NixString s) {
      context.add(s.context);
      return s.value;
    }
    if (v instanceof NixPath p) {
      if (copyToStore) {
        return st.store().copyPathToStore(p.path, context);
      }
      return p.path;
    }
    if (v instanceof NixAttrs attrs) {
      Value toString = attrs.get(EvalState.TO_STRING);
      if (toString != null) {
        Value result = st.call(toString, attrs, pos);
        return toString(st, result, pos, context, coerceMore, copyToStore);
      }
      Value outPath = attrs.get(EvalState.OUT_PATH);
      if (outPath != null) {
        return toString(st, outPath, pos, context, coerceMore, copyToStore);
      }
    }
    if (coerceMore) {
      if (v instanceof NixBool b) {
        return b.value ? "1" : "";
      }
      if (v instanceof NixInt i) {
        return Long.toString(i.value);
      }
      if (v instanceof NixFloat f) {
        return floatToString(f.value);
      }
      if (v instanceof NixNull) {
        return "";
      }
      if (v instanceof NixList list) {
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < list.size(); n++) {
          Value element = list.get(n);
          out.append(toString(st, element, pos, context, true, copyToStore));
          if (n < list.size() - 1) {
            Value forced = st.force(element);
            if (!(forced instanceof NixList l) || l.size() != 0) {
              out.append(' ');
            }
          }
        }
        return out.toString();
      }
    }
    throw new EvalError(ErrorKind.TYPE_ERROR, "cannot coerce " + EvalState.describe(v) + " to a string", pos);
  }

  /** C++'s {@code std::to_string(double)}: six decimals, correctly rounded. */
  public static String floatToString(double d) {
    if (Double.isNaN(d)) {
      return Double.doubleToRawLongBits(d) < 0 ? "-nan" : "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    String s = new BigDecimal(d).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    if (d < 0 || (d == 0 && 1 / d < 0)) {
      return s.startsWith("-") ? s : "-" + s;
    }
    return s;
  }

  /** A value that must be a string or a path (as for {@code readFile}), as its text; context kept. */
  public static String pathText(EvalState st, Value value, Pos pos, ContextCollector context) {
    return toString(st, value, pos, context, false, false);
  }
}
