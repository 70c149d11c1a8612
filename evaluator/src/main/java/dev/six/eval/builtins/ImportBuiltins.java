package dev.six.eval.builtins;

import dev.six.eval.error.CatchableError;
import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.io.EvalIO;
import dev.six.eval.runtime.Coercion;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.Pos;
import dev.six.eval.value.ArrayAttrs;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixPath;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import dev.six.grammar.desugar.PathNames;
import java.util.ArrayList;
import java.util.List;

/** {@code import}, {@code scopedImport} and {@code findFile} (what {@code <nixpkgs>} means). */
final class ImportBuiltins implements BuiltinGroup {
  private static final Symbol PREFIX = Symbol.of("prefix");
  private static final Symbol PATH = Symbol.of("path");

  @Override
  public void register(Registry r, EvalSettings settings) {
    r.primop("import", 1, (st, a, pos) -> st.imports().importFile(absolutePath(st, a[0], pos), pos));
    r.primop("scopedImport", 2, (st, a, pos) -> {
      ArrayAttrs scope = st.forceAttrs(a[0], pos).flat();
      List<Symbol> names = new ArrayList<>(scope.size());
      Value[] values = new Value[scope.size()];
      for (int i = 0; i < values.length; i++) {
        names.add(scope.keyAt(i));
        values[i] = scope.valueAt(i);
      }
      return st.imports().scopedImport(absolutePath(st, a[1], pos), names, values, pos);
    });
    r.primop("findFile", 2, (st, a, pos) -> new NixPath(findFile(st, st.forceList(a[0], pos),
        st.forceStringNoContext(a[1], pos), pos)));
  }

  /** An argument that must name an absolute path: a path, or a string starting with '/'. */
  static String absolutePath(EvalState st, Value v, Pos pos) {
    String path = Coercion.toString(st, v, pos, new ContextCollector(), false, false);
    if (!path.startsWith("/")) {
      throw new EvalError(ErrorKind.INVALID_VALUE, "string '" + path + "' doesn't represent an absolute path", pos);
    }
    return PathNames.canonical(path);
  }

  /** The first search-path entry under which {@code path} exists, as Nix's findFile. */
  static String findFile(EvalState st, NixList searchPath, String path, Pos pos) {
    for (Value element : searchPath.elements()) {
      NixAttrs entry = st.forceAttrs(element, pos);
      Value prefixValue = entry.get(PREFIX);
      String prefix = prefixValue == null ? "" : st.forceStringNoContext(prefixValue, pos);
      Value pathValue = RequiredAttr.get(entry, PATH, "findFile", pos);
      String suffix;
      if (prefix.isEmpty()) {
        suffix = "/" + path;
      } else {
        if (!path.startsWith(prefix) || (path.length() > prefix.length() && path.charAt(prefix.length()) != '/')) {
          continue;
        }
        suffix = path.length() == prefix.length() ? "" : "/" + path.substring(prefix.length() + 1);
      }
      String root = Coercion.toString(st, pathValue, pos, new ContextCollector(), false, false);
      if (!root.startsWith("/")) {
        root = PathNames.absolute(root, "/");
      }
      String candidate = root + suffix;
      if (st.io().stat(candidate) != EvalIO.FileType.MISSING) {
        return PathNames.canonical(candidate);
      }
    }
    if (path.startsWith("nix/")) {
      return "/__corepkgs__/" + path.substring(4);
    }
    throw new CatchableError(ErrorKind.THROWN, "file '" + path
        + "' was not found in the Nix search path (add it using $NIX_PATH or -I)", pos);
  }
}
