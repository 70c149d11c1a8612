package dev.six.eval.builtins;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.hash.HashAlgorithm;
import dev.six.eval.io.IoErrors;
import dev.six.eval.io.Symlinks;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.Pos;
import dev.six.eval.store.FileIngestion;
import dev.six.eval.store.PathFilter;
import dev.six.eval.store.StoreException;
import dev.six.eval.store.StorePaths;
import dev.six.eval.value.NixString;
import dev.six.eval.value.StringContext;
import dev.six.eval.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Built-ins that name store paths: {@code toFile}, {@code filterSource}, {@code storePath} and
 * {@code placeholder}; {@code builtins.path} is {@link PathBuiltin}. Paths are computed by the
 * session's store; the result string's context is the store path, as in Nix.
 */
final class StoreBuiltins implements BuiltinGroup {
  @Override
  public void register(Registry r, EvalSettings settings) {
    r.primop("placeholder", 1, (st, a, pos) -> NixString.of(placeholder(st.forceStringNoContext(a[0], pos))));
    r.primop("toFile", 2, (st, a, pos) -> {
      String name = st.forceStringNoContext(a[0], pos);
      NixString contents = st.forceString(a[1], pos);
      List<String> references = contents.context == null ? List.of() : List.copyOf(contents.context.elements());
      for (String element : references) {
        if (!element.startsWith("/")) {
          throw new EvalError(ErrorKind.INVALID_VALUE, "in 'toFile': the file named '" + name
              + "' must not contain a reference to a derivation but contains (" + element + ")", pos);
        }
      }
      return storePathString(st.store().addText(name, contents.value, references));
    });
    r.primop("filterSource", 2, (st, a, pos) -> {
      String path = PathArguments.coerceToPath(st, a[1], new ContextCollector(), pos);
      Value filter = st.force(a[0]);
      if (!EvalState.isFunction(filter)) {
        throw EvalError.typeError("first argument in call to 'filterSource' is not a function but "
            + EvalState.describe(filter), pos);
      }
      return addPath(st, baseName(path), path, filter, FileIngestion.RECURSIVE, null, pos);
    });
    r.primop("storePath", 1, (st, a, pos) -> {
      if (st.settings().pure()) {
        throw new EvalError(ErrorKind.RESTRICTED, "'builtins.storePath' is not allowed in pure evaluation mode", pos);
      }
      ContextCollector context = new ContextCollector();
      String path = PathArguments.coerceToPath(st, a[0], context, pos);
      StorePaths paths = st.store().paths();
      // A store path stays as it is (it may be a link); anything else is resolved first.
      if (!paths.isStorePath(path)) {
        path = resolve(st, path);
      }
      if (!paths.isInStore(path)) {
        throw new EvalError(ErrorKind.INVALID_VALUE, "path '" + path + "' is not in the Nix store", pos);
      }
      try {
        context.add(paths.storePathOf(path));
      } catch (StoreException e) {
        throw new EvalError(ErrorKind.INVALID_VALUE, e.getMessage(), null);
      }
      return context.string(path);
    });
    r.primop("path", 1, (st, a, pos) -> PathBuiltin.apply(st, st.forceAttrs(a[0], pos), pos));
  }

  /** {@code /<nix32 of sha256("nix-output:" + output)>}: what derivations replace with an output's path. */
  static String placeholder(String output) {
    byte[] bytes = ("nix-output:" + output).getBytes(StandardCharsets.ISO_8859_1);
    return "/" + HashAlgorithm.SHA256.hash(bytes).toNix32();
  }

  /**
   * The store path of {@code path} (symbolic links resolved, as current Nix does) under {@code
   * name}, filtered by the Nix function {@code filter} (or nothing), as a string depending on it.
   */
  static Value addPath(EvalState st, String name, String path, Value filter, FileIngestion method,
      dev.six.eval.hash.Hash expected, Pos pos) {
    PathFilter pathFilter = filter == null ? PathFilter.ALL : (p, type) -> {
      Value result = st.call(filter, new Value[] {NixString.of(p), PathBuiltins.typeName(type)}, pos);
      return st.forceBool(result, pos);
    };
    return storePathString(st.store().addPath(name, resolve(st, path), pathFilter, method, expected));
  }

  private static String resolve(EvalState st, String path) {
    try {
      return Symlinks.resolve(st.io(), path);
    } catch (IOException e) {
      throw new EvalError(ErrorKind.IO_ERROR, IoErrors.reason(e), null);
    }
  }

  /** A store path as a string that depends on it. */
  static NixString storePathString(String storePath) {
    return new NixString(storePath, StringContext.of(List.of(storePath)));
  }

  /** The last component of a canonical absolute path, the default name of its store path. */
  static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
