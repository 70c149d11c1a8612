package dev.six.lsp.eval;

import dev.six.eval.io.EvalIO;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The file access of one evaluation, recorded: every path it read, listed or looked at (a file
 * that did not exist counts too, since creating it can change the result). The server re-evaluates
 * a root when a file it recorded is saved. Reads only; the evaluator has no way to write.
 */
public final class RecordingIO implements EvalIO {
  private final EvalIO delegate;
  private final Set<String> consulted = ConcurrentHashMap.newKeySet();

  public RecordingIO(EvalIO delegate) {
    this.delegate = delegate;
  }

  /** Every path consulted so far, as file paths (the evaluator's byte-per-char names decoded as UTF-8). */
  public Set<Path> consulted() {
    Set<Path> out = new HashSet<>();
    for (String path : consulted) {
      Path file = EvalPaths.path(path);
      if (file != null) {
        out.add(file);
      }
    }
    return out;
  }

  @Override
  public FileType lstat(String path) {
    consulted.add(path);
    return delegate.lstat(path);
  }

  @Override
  public FileType stat(String path) {
    consulted.add(path);
    return delegate.stat(path);
  }

  @Override
  public byte[] read(String path) throws IOException {
    consulted.add(path);
    return delegate.read(path);
  }

  @Override
  public List<DirEntry> readDir(String path) throws IOException {
    consulted.add(path);
    return delegate.readDir(path);
  }

  @Override
  public String readLink(String path) throws IOException {
    consulted.add(path);
    return delegate.readLink(path);
  }

  @Override
  public boolean isExecutable(String path) {
    consulted.add(path);
    return delegate.isExecutable(path);
  }
}
