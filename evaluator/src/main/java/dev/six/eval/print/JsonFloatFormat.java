package dev.six.eval.print;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Floats as current Nix writes them in JSON (the nlohmann/json library's format): the shortest
 * digits that read back as the same double, in plain notation when the decimal point falls within
 * 15 digits ({@code 1.0}, {@code 0.001}, {@code 100000000000000.0}), else as {@code 1e+20},
 * {@code 1.5e-07}; not-a-number and the infinities, which JSON cannot express, as {@code null}.
 */
public final class JsonFloatFormat {
  /** Plain notation from {@code 0.0001} ... */
  private static final int MIN_EXPONENT = -4;
  /** ... up to 15 digits before the point (the decimal digits a double always holds). */
  private static final int MAX_EXPONENT = 15;

  private JsonFloatFormat() {}

  public static String format(double value) {
    if (!Double.isFinite(value)) {
      return "null";
    }
    StringBuilder out = new StringBuilder(24);
    double d = value;
    if (Double.doubleToRawLongBits(d) < 0) {
      out.append('-');
      d = -d;
    }
    if (d == 0) {
      return out.append("0.0").toString();
    }
    BigDecimal shortest = shortest(d).stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    int k = digits.length();
    // The value is 0.DIGITS * 10^n.
    int n = k - shortest.scale();
    if (k <= n && n <= MAX_EXPONENT) {
      out.append(digits).append("0".repeat(n - k)).append(".0");
    } else if (0 < n && n <= MAX_EXPONENT) {
      out.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (MIN_EXPONENT < n && n <= 0) {
      out.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      out.append(digits.charAt(0));
      if (k > 1) {
        out.append('.').append(digits, 1, k);
      }
      int e = n - 1;
      out.append('e').append(e < 0 ? '-' : '+');
      int abs = Math.abs(e);
      if (abs < 10) {
        out.append('0');
      }
      out.append(abs);
    }
    return out.toString();
  }

  /** The decimal with the fewest significant digits that is read back as {@code d} (positive, finite). */
  private static BigDecimal shortest(double d) {
    BigDecimal exact = new BigDecimal(d);
    for (int precision = 1; precision < 17; precision++) {
      BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == d) {
        return rounded;
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
  }
}
