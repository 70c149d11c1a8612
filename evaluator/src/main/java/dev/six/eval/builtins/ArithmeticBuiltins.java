package dev.six.eval.builtins;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.runtime.Arithmetic;
import dev.six.eval.runtime.Comparison;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.Pos;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.NixFloat;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.Value;
import dev.six.grammar.desugar.FloatFormat;

/** Numbers: {@code add sub mul div} (also behind {@code - * /}), comparisons, bits, rounding. */
final class ArithmeticBuiltins implements BuiltinGroup {
  private interface IntOp {
    long apply(long a, long b, Pos pos);
  }

  private interface FloatOp {
    double apply(double a, double b);
  }

  @Override
  public void register(Registry r, EvalSettings settings) {
    binary(r, "add", Arithmetic::add, (x, y) -> x + y);
    binary(r, "sub", Arithmetic::subtract, (x, y) -> x - y);
    binary(r, "mul", Arithmetic::multiply, (x, y) -> x * y);
    r.strictBinary("div", (st, x, y, pos) -> {
      // As in Nix: the divisor is checked (and tested for zero) before the dividend.
      double divisor = forceFloat(y, pos);
      if (divisor == 0) {
        throw new EvalError(ErrorKind.DIVISION_BY_ZERO, "division by zero", pos);
      }
      if (x instanceof NixFloat || y instanceof NixFloat) {
        return new NixFloat(forceFloat(x, pos) / divisor);
      }
      return NixInt.of(Arithmetic.divide(st.forceInt(x, pos), ((NixInt) y).value, pos));
    });
    r.strictBinary("lessThan", (st, x, y, pos) -> NixBool.of(Comparison.lessThan(st, x, y, pos)));
    bits(r, "bitAnd", (x, y) -> x & y);
    bits(r, "bitOr", (x, y) -> x | y);
    bits(r, "bitXor", (x, y) -> x ^ y);
    r.primop("ceil", 1, (st, a, pos) -> round(st, a[0], pos, true));
    r.primop("floor", 1, (st, a, pos) -> round(st, a[0], pos, false));
  }

  /** Ints unless either operand is a float (then both must be numbers), as Nix decides. */
  private static void binary(Registry r, String name, IntOp ints, FloatOp floats) {
    r.strictBinary(name, (st, x, y, pos) -> {
      if (x instanceof NixFloat || y instanceof NixFloat) {
        return new NixFloat(floats.apply(forceFloat(x, pos), forceFloat(y, pos)));
      }
      return NixInt.of(ints.apply(st.forceInt(x, pos), st.forceInt(y, pos), pos));
    });
  }

  private static void bits(Registry r, String name, java.util.function.LongBinaryOperator op) {
    r.primop(name, 2, (st, a, pos) -> NixInt.of(op.applyAsLong(st.forceInt(a[0], pos), st.forceInt(a[1], pos))));
  }

  /** ceil and floor: an int stays as it is; a float must round to a value an int can hold. */
  private static Value round(EvalState st, Value arg, Pos pos, boolean up) {
    Value v = st.force(arg, pos);
    if (v instanceof NixInt) {
      return v;
    }
    if (v instanceof NixFloat f) {
      double d = up ? Math.ceil(f.value) : Math.floor(f.value);
      if (!(d >= -0x1p63 && d < 0x1p63)) {
        // Current Nix's wording (Nix 2.8 converted anyway); the float as C++ streams print it.
        throw new EvalError(ErrorKind.INVALID_VALUE,
            "NixFloat argument " + FloatFormat.format(f.value) + " is not in the range of NixInt", pos);
      }
      return NixInt.of((long) d);
    }
    throw EvalState.typeError(v, "a float", pos);
  }

  /** Nix's forceFloat: a float, or an int taken as one. */
  private static double forceFloat(Value v, Pos pos) {
    if (v instanceof NixInt i) {
      return i.value;
    }
    if (v instanceof NixFloat f) {
      return f.value;
    }
    throw EvalState.typeError(v, "a float", pos);
  }
}
