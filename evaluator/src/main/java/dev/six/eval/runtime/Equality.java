package dev.six.eval.runtime;

import dev.six.eval.source.Pos;
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

/**
 * Nix's {@code ==}. Ints and floats compare by value; sets that are both derivations compare by
 * {@code outPath}; functions are never equal. Like Nix, elements of lists and sets that are the
 * very same stored value are equal without being compared further: that is what lets infuse
 * detect its missing-attribute marker (a list holding a {@code throw}) with {@code ==}.
 * Both sides are forced first, so an error in either still surfaces.
 */
public final class Equality {
  private Equality() {}

  /** {@code a == b} for two evaluated operands (never identical "cells", as in Nix). */
  public static boolean equal(EvalState st, Value a, Value b, Pos pos) {
    return compare(st, st.force(a), st.force(b), pos);
  }

  /**
   * Equality of two stored values (list elements, attribute values, a built-in's arguments):
   * the very same value is equal to itself once both are forced, even a function.
   */
  public static boolean storedEqual(EvalState st, Value a, Value b, Pos pos) {
    Value fa = st.force(a);
    Value fb = st.force(b);
    if (a == b) {
      return true;
    }
    return compare(st, fa, fb, pos);
  }

  private static boolean compare(EvalState st, Value a, Value b, Pos pos) {
    if (a instanceof NixInt x) {
      if (b instanceof NixInt y) {
        return x.value == y.value;
      }
      return b instanceof NixFloat y && (double) x.value == y.value;
    }
    if (a instanceof NixFloat x) {
      if (b instanceof NixFloat y) {
        return x.value == y.value;
      }
      return b instanceof NixInt y && x.value == (double) y.value;
    }
    if (a instanceof NixString x) {
      return b instanceof NixString y && x.value.equals(y.value);
    }
    if (a instanceof NixBool x) {
      return b instanceof NixBool y && x.value == y.value;
    }
    if (a instanceof NixNull) {
      return b instanceof NixNull;
    }
    if (a instanceof NixPath x) {
      return b instanceof NixPath y && x.path.equals(y.path);
    }
    if (a instanceof NixList x) {
      if (!(b instanceof NixList y) || x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!storedEqual(st, x.get(i), y.get(i), pos)) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof NixAttrs x) {
      if (!(b instanceof NixAttrs y)) {
        return false;
      }
      if (Derivations.isDerivation(st, x) && Derivations.isDerivation(st, y)) {
        Value px = x.get(EvalState.OUT_PATH);
        Value py = y.get(EvalState.OUT_PATH);
        if (px != null && py != null) {
          return storedEqual(st, px, py, pos);
        }
      }
      ArrayAttrs fx = x.flat();
      ArrayAttrs fy = y.flat();
      if (fx.size() != fy.size()) {
        return false;
      }
      for (int i = 0; i < fx.size(); i++) {
        if (fx.keyAt(i) != fy.keyAt(i) || !storedEqual(st, fx.valueAt(i), fy.valueAt(i), pos)) {
          return false;
        }
      }
      return true;
    }
    // Functions are incomparable.
    return false;
  }
}
