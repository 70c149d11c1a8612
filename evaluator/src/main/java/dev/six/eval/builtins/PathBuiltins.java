package dev.six.eval.builtins;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.io.EvalIO;
import dev.six.eval.io.IoErrors;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.store.StoreException;
import dev.six.eval.store.StorePaths;
import dev.six.eval.value.AttrsBuilder;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reading the file system: {@code readFile readDir pathExists readFileType toPath}. */
final class PathBuiltins implements BuiltinGroup {
  private static final NixString REGULAR = NixString.of("regular");
  private static final NixString DIRECTORY = NixString.of("directory");
  private static final NixString SYMLINK = NixString.of("symlink");
  private static final NixString UNKNOWN = NixString.of("unknown");

  @Override
  public void register(Registry r, EvalSettings settings) {
    r.primop("readFile", 1, (st, a, pos) -> {
      String path = PathArguments.realise(st, a[0], pos);
      String contents = new String(PathArguments.read(st, path), StandardCharsets.ISO_8859_1);
      if (contents.indexOf('\0') >= 0) {
        throw new EvalError(ErrorKind.INVALID_VALUE, "the contents of the file '" + path
            + "' cannot be represented as a Nix string", null);
      }
      ContextCollector context = new ContextCollector();
      for (String reference : referencesIn(st, path, contents)) {
        context.add(reference);
      }
      return context.string(contents);
    });
    r.primop("readDir", 1, (st, a, pos) -> {
      String path = PathArguments.realise(st, a[0], pos);
      List<EvalIO.DirEntry> entries;
      try {
        entries = st.io().readDir(path);
      } catch (IOException e) {
        throw new EvalError(ErrorKind.IO_ERROR, "opening directory '" + path + "': " + IoErrors.reason(e), null);
      }
      AttrsBuilder attrs = new AttrsBuilder(entries.size());
      for (EvalIO.DirEntry entry : entries) {
        attrs.add(entry.name(), typeName(entry.type()));
      }
      return attrs.build();
    });
    r.primop("pathExists", 1, (st, a, pos) -> {
      Value v = st.force(a[0]);
      // A trailing slash (which a path value cannot have) asks for a directory, as in current Nix.
      boolean mustBeDirectory = v instanceof NixString s && (s.value.endsWith("/") || s.value.endsWith("/."));
      String path = PathArguments.realise(st, v, pos);
      if (mustBeDirectory) {
        return NixBool.of(st.io().stat(path) == EvalIO.FileType.DIRECTORY);
      }
      return NixBool.of(st.io().lstat(path) != EvalIO.FileType.MISSING);
    });
    r.primop("readFileType", 1, (st, a, pos) -> {
      String path = PathArguments.realise(st, a[0], pos);
      EvalIO.FileType type = st.io().lstat(path);
      if (type == EvalIO.FileType.MISSING) {
        throw new EvalError(ErrorKind.IO_ERROR, "path '" + path + "' does not exist", null);
      }
      return typeName(type);
    });
    r.primop("toPath", 1, (st, a, pos) -> {
      ContextCollector context = new ContextCollector();
      String path = PathArguments.coerceToPath(st, a[0], context, pos);
      return context.string(path);
    });
  }

  /** How {@code readDir}, {@code readFileType} and path filters name a file type. */
  static NixString typeName(EvalIO.FileType type) {
    switch (type) {
      case REGULAR:
        return REGULAR;
      case DIRECTORY:
        return DIRECTORY;
      case SYMLINK:
        return SYMLINK;
      default:
        return UNKNOWN;
    }
  }

  /**
   * The references of the store path {@code path} is in that occur in {@code contents} (current
   * Nix rescans them); none when the path is outside the store or its references are unknown.
   */
  private static List<String> referencesIn(EvalState st, String path, String contents) {
    StorePaths paths = st.store().paths();
    if (!paths.isInStore(path)) {
      return List.of();
    }
    String storePath;
    try {
      storePath = paths.storePathOf(path);
    } catch (StoreException e) {
      return List.of();
    }
    int hashStart = paths.storeDir().length() + 1;
    return st.store().references(storePath).stream()
        .filter(r -> contents.contains(r.substring(hashStart, hashStart + StorePaths.HASH_LENGTH)))
        .toList();
  }
}
