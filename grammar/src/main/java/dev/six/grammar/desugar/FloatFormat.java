package dev.six.grammar.desugar;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double as C++'s {@code ostream << double} does by default (printf {@code %g} with six
 * significant digits), which is how Nix prints float literals: {@code 1e+08}, {@code 0.0001},
 * {@code 1.2345e-05}, {@code 123457}.
 */
public final class FloatFormat {
  private static final int PRECISION = 6;

  private FloatFormat() {}

  public static String format(double value) {
    if (Double.isNaN(value)) {
      return value != value && Double.doubleToRawLongBits(value) < 0 ? "-nan" : "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return (1 / value < 0) ? "-0" : "0";
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(PRECISION, RoundingMode.HALF_EVEN));
    int exponent = rounded.precision() - rounded.scale() - 1;
    if (exponent < -4 || exponent >= PRECISION) {
      BigDecimal mantissa = rounded.movePointLeft(exponent);
      String digits = stripZeros(mantissa.toPlainString());
      StringBuilder out = new StringBuilder(digits);
      out.append('e').append(exponent < 0 ? '-' : '+');
      int abs = Math.abs(exponent);
      if (abs < 10) {
        out.append('0');
      }
      out.append(abs);
      return out.toString();
    }
    return stripZeros(rounded.toPlainString());
  }

  private static String stripZeros(String plain) {
    if (plain.indexOf('.') < 0) {
      return plain;
    }
    int end = plain.length();
    while (plain.charAt(end - 1) == '0') {
      end--;
    }
    if (plain.charAt(end - 1) == '.') {
      end--;
    }
    return plain.substring(0, end);
  }
}
