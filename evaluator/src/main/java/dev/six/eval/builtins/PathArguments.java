package dev.six.eval.builtins;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.io.IoErrors;
import dev.six.eval.runtime.Coercion;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.Pos;
import dev.six.eval.value.NixPath;
import dev.six.eval.value.Value;
import dev.six.grammar.desugar.PathNames;
import java.io.IOException;

/**
 * Arguments that name files ({@code readFile}, {@code hashFile}, {@code builtins.path}, ...): a
 * path, or a string holding an absolute path (Nix's {@code coerceToPath}); and reading them with
 * Nix's messages.
 */
final class PathArguments {
  private PathArguments() {}

  /** The canonical absolute path {@code v} names; a string's context goes to {@code context}. */
  static String coerceToPath(EvalState st, Value v, ContextCollector context, Pos pos) {
    Value forced = st.force(v);
    if (forced instanceof NixPath p) {
      return p.path;
    }
    String path = Coercion.toString(st, forced, pos, context, false, false);
    if (!path.startsWith("/")) {
      throw new EvalError(ErrorKind.INVALID_VALUE, "string '" + path + "' doesn't represent an absolute path", pos);
    }
    return PathNames.canonical(path);
  }

  /**
   * The path {@code v} names, for reading (Nix's {@code realisePath}). A string's context needs
   * no realising: the store paths six computes are readable through the evaluator's I/O.
   */
  static String realise(EvalState st, Value v, Pos pos) {
    return coerceToPath(st, v, new ContextCollector(), pos);
  }

  /** The bytes of the file {@code path}, symbolic links followed. */
  static byte[] read(EvalState st, String path) {
    try {
      return st.io().read(path);
    } catch (IOException e) {
      throw new EvalError(ErrorKind.IO_ERROR, IoErrors.readFailure(path, e), null);
    }
  }
}
