package dev.six.eval.store;

import dev.six.eval.io.EvalIO;
import dev.six.eval.io.IoErrors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The file system with the store paths a {@link ComputingStore} computed laid over it: a path in
 * such a store path reads from where its contents came from (minus what a filter left out), or
 * from the remembered text. Everything else goes to the underlying {@link EvalIO} unchanged.
 *
 * <p>A relative symbolic link inside a computed path is followed from its source location, which
 * differs from a real store only for links that point out of the copied tree.
 */
final class StoreIO implements EvalIO {
  private final EvalIO base;
  private final ComputingStore store;

  StoreIO(EvalIO base, ComputingStore store) {
    this.base = base;
    this.store = store;
  }

  /** Where a path in a computed store path lives: a source path, a text, or nothing (filtered out). */
  private record Mapped(String path, byte[] text, boolean missing) {}

  /** The mapping of {@code path}, or null when it is not in a store path this store computed. */
  private Mapped map(String path) {
    StorePaths paths = store.paths();
    if (!paths.isInStore(path)) {
      return null;
    }
    int slash = path.indexOf('/', paths.storeDir().length() + 1);
    String storePath = slash < 0 ? path : path.substring(0, slash);
    Origin origin = store.origin(storePath);
    if (origin == null) {
      return null;
    }
    String rest = path.substring(storePath.length());
    if (origin instanceof Origin.StoreDerivation drv) {
      origin = drv.asText();
    }
    if (origin instanceof Origin.Text text) {
      return rest.isEmpty() ? new Mapped(null, text.contents(), false) : new Mapped(null, null, true);
    }
    Origin.Source source = (Origin.Source) origin;
    for (int i = rest.indexOf('/', 1); ; i = rest.indexOf('/', i + 1)) {
      if (source.excluded().contains(i < 0 ? rest : rest.substring(0, i))) {
        return new Mapped(null, null, true);
      }
      if (i < 0) {
        break;
      }
    }
    return new Mapped(source.source() + rest, null, false);
  }

  @Override
  public FileType lstat(String path) {
    Mapped m = map(path);
    if (m == null) {
      return base.lstat(path);
    }
    return m.missing ? FileType.MISSING : m.text != null ? FileType.REGULAR : base.lstat(m.path);
  }

  @Override
  public FileType stat(String path) {
    Mapped m = map(path);
    if (m == null) {
      return base.stat(path);
    }
    return m.missing ? FileType.MISSING : m.text != null ? FileType.REGULAR : base.stat(m.path);
  }

  @Override
  public byte[] read(String path) throws IOException {
    Mapped m = map(path);
    if (m == null) {
      return base.read(path);
    }
    if (m.missing) {
      throw IoErrors.noSuchFile(path);
    }
    return m.text != null ? m.text.clone() : base.read(m.path);
  }

  @Override
  public List<DirEntry> readDir(String path) throws IOException {
    Mapped m = map(path);
    if (m == null) {
      return base.readDir(path);
    }
    if (m.missing) {
      throw IoErrors.noSuchFile(path);
    }
    if (m.text != null) {
      throw IoErrors.notDirectory(path);
    }
    List<DirEntry> entries = new ArrayList<>();
    for (DirEntry entry : base.readDir(m.path)) {
      if (lstat(path + "/" + entry.name()) != FileType.MISSING) {
        entries.add(entry);
      }
    }
    return entries;
  }

  @Override
  public String readLink(String path) throws IOException {
    Mapped m = map(path);
    if (m == null) {
      return base.readLink(path);
    }
    if (m.missing || m.text != null) {
      throw IoErrors.noSuchFile(path);
    }
    return base.readLink(m.path);
  }

  @Override
  public boolean isExecutable(String path) {
    Mapped m = map(path);
    if (m == null) {
      return base.isExecutable(path);
    }
    return !m.missing && m.text == null && base.isExecutable(m.path);
  }
}
