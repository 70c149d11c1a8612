package dev.six.eval.runtime;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.source.Pos;

/** 64-bit integer arithmetic with current Nix's overflow errors (Nix 2.8 wrapped around). */
public final class Arithmetic {
  private Arithmetic() {}

  public static long add(long a, long b, Pos pos) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      throw overflow("adding", a, "+", b, pos);
    }
    return r;
  }

  public static long subtract(long a, long b, Pos pos) {
    long r = a - b;
    if (((a ^ b) & (a ^ r)) < 0) {
      throw overflow("subtracting", a, "-", b, pos);
    }
    return r;
  }

  public static long multiply(long a, long b, Pos pos) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) {
      throw overflow("multiplying", a, "*", b, pos);
    }
    return lo;
  }

  public static long divide(long a, long b, Pos pos) {
    if (b == 0) {
      throw new EvalError(ErrorKind.DIVISION_BY_ZERO, "division by zero", pos);
    }
    if (a == Long.MIN_VALUE && b == -1) {
      // Nix 2.8 already refused this one, in its own words.
      throw new EvalError(ErrorKind.INTEGER_OVERFLOW, "overflow in integer division", pos);
    }
    return a / b;
  }

  private static EvalError overflow(String verb, long a, String op, long b, Pos pos) {
    return new EvalError(ErrorKind.INTEGER_OVERFLOW, "integer overflow in " + verb + " " + a + " " + op + " " + b, pos);
  }
}
