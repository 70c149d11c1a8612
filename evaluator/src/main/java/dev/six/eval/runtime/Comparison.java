package dev.six.eval.runtime;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.source.Pos;
import dev.six.eval.value.NixFloat;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixPath;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;

/** Nix's {@code <}: numbers (mixed), strings and paths by bytes, lists lexicographically. */
public final class Comparison {
  private Comparison() {}

  public static boolean lessThan(EvalState st, Value a, Value b, Pos pos) {
    if (a instanceof NixInt x && b instanceof NixInt y) {
      return x.value < y.value;
    }
    if ((a instanceof NixInt || a instanceof NixFloat) && (b instanceof NixInt || b instanceof NixFloat)) {
      return toDouble(a) < toDouble(b);
    }
    if (a instanceof NixString x && b instanceof NixString y) {
      return x.value.compareTo(y.value) < 0;
    }
    if (a instanceof NixPath x && b instanceof NixPath y) {
      return x.path.compareTo(y.path) < 0;
    }
    if (a instanceof NixList x && b instanceof NixList y) {
      int n = Math.min(x.size(), y.size());
      for (int i = 0; i < n; i++) {
        Value ea = st.force(x.get(i));
        Value eb = st.force(y.get(i));
        // As in Nix, elements are compared as stored values: a shared function equals itself.
        if (!Equality.storedEqual(st, x.get(i), y.get(i), pos)) {
          return lessThan(st, ea, eb, pos);
        }
      }
      return x.size() < y.size();
    }
    // Nix 2.8 reports no position for this one.
    throw new EvalError(ErrorKind.TYPE_ERROR,
        "cannot compare " + EvalState.describe(a) + " with " + EvalState.describe(b), null);
  }

  private static double toDouble(Value v) {
    return v instanceof NixInt i ? (double) i.value : ((NixFloat) v).value;
  }
}
