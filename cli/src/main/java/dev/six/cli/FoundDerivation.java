package dev.six.cli;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.runtime.Coercion;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.Pos;
import dev.six.eval.store.StorePaths;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;

/**
 * A derivation {@link DerivationSearch} found, and what {@code nix-instantiate} asks of it (Nix's
 * {@code DrvInfo}): its {@code .drv} path, which forces {@code drvPath} and so
 * {@code derivationStrict}, and the output to print it with.
 */
record FoundDerivation(NixAttrs attrs) {
  private static final Symbol DRV_PATH = Symbol.of("drvPath");
  private static final Symbol OUTPUT_NAME = Symbol.of("outputName");

  /** The {@code .drv} path: {@code drvPath} coerced to a string, which must name a store path. */
  String drvPath(EvalState st) {
    Value v = attrs.get(DRV_PATH);
    if (v == null) {
      throw new EvalError(ErrorKind.MISSING_ATTRIBUTE, "derivation does not contain a 'drvPath' attribute", null);
    }
    Pos pos = attrs.positionOf(DRV_PATH);
    String path = Coercion.toString(st, v, pos, new ContextCollector(), false, false);
    String canonical = canonical(path);
    StorePaths paths = st.store().paths();
    if (canonical == null || !paths.isStorePath(canonical)) {
      throw new EvalError(ErrorKind.INVALID_VALUE, "path '" + path + "' is not in the Nix store", pos);
    }
    return canonical;
  }

  /** {@code outputName}, or "" when there is none (which the caller reports). */
  String outputName(EvalState st) {
    Value v = attrs.get(OUTPUT_NAME);
    return v == null ? "" : st.forceStringNoContext(v, null);
  }

  /** Nix's {@code canonPath}: no {@code .}, {@code ..} or repeated slashes; null if not absolute. */
  private static String canonical(String path) {
    if (!path.startsWith("/")) {
      return null;
    }
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.equals("..")) {
        parts.pollLast();
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.addLast(part);
      }
    }
    return "/" + String.join("/", parts);
  }
}
