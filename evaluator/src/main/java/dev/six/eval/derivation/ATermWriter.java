package dev.six.eval.derivation;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Nix's {@code .drv} format, {@code Derive([outputs],[inputDrvs],[inputSrcs],system,builder,
 * [args],[env])}, byte for byte: the store path of a derivation is the hash of exactly this text.
 * Names, paths and hashes are written as they are; the builder, arguments and environment are
 * escaped ({@code \" \\ \n \r \t}). Structured attributes are written as the variable
 * {@code __json}, which is why no other variable may have that name. Also writes the intermediate
 * forms the hash modulo is computed over, where input derivations are named by their own hash
 * modulo.
 */
public final class ATermWriter {
  private ATermWriter() {}

  /** The contents of {@code drv}'s {@code .drv} file. */
  public static String write(Derivation drv) {
    return write(drv, drv.inputDrvs());
  }

  /**
   * {@code drv} with {@code inputDrvs} (keys are {@code .drv} paths, or base-16 hashes modulo) in
   * place of its own.
   */
  static String write(Derivation drv, SortedMap<String, SortedSet<String>> inputDrvs) {
    StringBuilder out = new StringBuilder(1024);
    out.append("Derive([");
    boolean first = true;
    for (Map.Entry<String, DerivationOutput> e : drv.outputs().entrySet()) {
      first = comma(out, first);
      DerivationOutput output = e.getValue();
      out.append('(');
      raw(out, e.getKey()).append(',');
      raw(out, output.path()).append(',');
      raw(out, output.hashAlgo()).append(',');
      raw(out, output.hash()).append(')');
    }
    out.append("],[");
    first = true;
    for (Map.Entry<String, SortedSet<String>> e : inputDrvs.entrySet()) {
      first = comma(out, first);
      out.append('(');
      raw(out, e.getKey()).append(',');
      rawList(out, e.getValue()).append(')');
    }
    out.append("],");
    rawList(out, drv.inputSrcs()).append(',');
    raw(out, drv.platform()).append(',');
    escaped(out, drv.builder()).append(",[");
    first = true;
    for (String arg : drv.args()) {
      first = comma(out, first);
      escaped(out, arg);
    }
    out.append("],[");
    first = true;
    for (Map.Entry<String, String> e : environment(drv).entrySet()) {
      first = comma(out, first);
      out.append('(');
      escaped(out, e.getKey()).append(',');
      escaped(out, e.getValue()).append(')');
    }
    return out.append("])").toString();
  }

  /** The variables as written: the environment, with the structured attributes as {@code __json}. */
  private static SortedMap<String, String> environment(Derivation drv) {
    if (drv.env().containsKey(StructuredAttrs.VARIABLE)) {
      // Nix checks this whenever it writes a derivation, with or without structured attributes.
      throw new EvalError(ErrorKind.INVALID_VALUE, "Cannot have an environment variable named '" + StructuredAttrs.VARIABLE
          + "'. This key is reserved for encoding structured attrs", null);
    }
    if (drv.structuredAttrs() == null) {
      return drv.env();
    }
    TreeMap<String, String> env = new TreeMap<>(drv.env());
    env.put(StructuredAttrs.VARIABLE, drv.structuredAttrs());
    return env;
  }

  private static boolean comma(StringBuilder out, boolean first) {
    if (!first) {
      out.append(',');
    }
    return false;
  }

  private static StringBuilder raw(StringBuilder out, String s) {
    return out.append('"').append(s).append('"');
  }

  private static StringBuilder rawList(StringBuilder out, Collection<String> strings) {
    out.append('[');
    boolean first = true;
    for (String s : strings) {
      first = comma(out, first);
      raw(out, s);
    }
    return out.append(']');
  }

  private static StringBuilder escaped(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
        case '\\':
          out.append('\\').append(c);
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          out.append(c);
      }
    }
    return out.append('"');
  }
}
