package dev.six.eval.builtins;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.hash.Hash;
import dev.six.eval.hash.HashAlgorithm;
import dev.six.eval.hash.HashFormat;
import dev.six.eval.hash.HashParser;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.Pos;
import dev.six.eval.store.FileIngestion;
import dev.six.eval.value.ArrayAttrs;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;

/**
 * {@code builtins.path { path; name ? <base name>; filter ? null; recursive ? true; sha256 ? null; }}:
 * a path added to the store under a chosen name, filtered, flat or recursive, and checked against
 * an expected hash. Attributes are read in name order; an unknown one is an error at its
 * definition.
 */
final class PathBuiltin {
  private PathBuiltin() {}

  static Value apply(EvalState st, NixAttrs args, Pos pos) {
    String path = null;
    String name = "";
    Value filter = null;
    FileIngestion method = FileIngestion.RECURSIVE;
    Hash expected = null;
    ArrayAttrs attrs = args.flat();
    for (int i = 0; i < attrs.size(); i++) {
      Symbol key = attrs.keyAt(i);
      Value value = attrs.valueAt(i);
      Pos at = attrs.positionOf(key) != null ? attrs.positionOf(key) : pos;
      switch (key.toString()) {
        case "path":
          path = PathArguments.coerceToPath(st, value, new ContextCollector(), at);
          break;
        case "name":
          name = st.forceStringNoContext(value, at);
          break;
        case "filter":
          // Current Nix insists on a function here; Nix 2.8 only noticed when it called it.
          filter = st.forceFunction(value, at);
          break;
        case "recursive":
          method = st.forceBool(value, at) ? FileIngestion.RECURSIVE : FileIngestion.FLAT;
          break;
        case "sha256":
          expected = expectedHash(st, st.forceStringNoContext(value, at));
          break;
        default:
          throw new EvalError(ErrorKind.INVALID_VALUE, "unsupported argument '" + key + "' to 'addPath'", at);
      }
    }
    if (path == null) {
      throw new EvalError(ErrorKind.MISSING_ATTRIBUTE, "'path' required", pos);
    }
    if (name.isEmpty()) {
      name = StoreBuiltins.baseName(path);
    }
    return StoreBuiltins.addPath(st, name, path, filter, method, expected, pos);
  }

  /** Nix's {@code newHashAllowEmpty}: an empty hash means all zeros, with a warning. */
  private static Hash expectedHash(EvalState st, String text) {
    if (text.isEmpty()) {
      Hash zero = Hash.zero(HashAlgorithm.SHA256);
      st.log().println("warning: found empty hash, assuming '" + zero.render(HashFormat.SRI, true) + "'");
      return zero;
    }
    return HashBuiltins.parse(HashParser.NIX_2_8, text, HashAlgorithm.SHA256);
  }
}
