package dev.six.eval.nixstore;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds derivations by running the installed {@code nix-store --realise} on their {@code .drv}
 * paths (with {@code !output} where one output was chosen), passing its options through. Nix
 * does all of it: substitutes, builders, build users, the sandbox, its output and its exit status,
 * which are handed back unchanged.
 */
public final class NixStoreRealise {
  private final NixTools nix;

  public NixStoreRealise(NixTools nix) {
    this.nix = nix;
  }

  /**
   * Runs {@code nix-store --realise OPTIONS PATHS} in directory {@code cwd}, copying its standard
   * output and error to {@code stdout} and {@code stderr}; returns its exit status.
   */
  public int run(List<String> options, List<String> paths, String cwd, OutputStream stdout, OutputStream stderr)
      throws NixStoreException {
    List<String> command = new ArrayList<>();
    command.add(nix.find("nix-store").toString());
    command.add("--realise");
    command.addAll(options);
    command.addAll(paths);
    ProcessBuilder builder = new ProcessBuilder(command).directory(new File(cwd));
    builder.environment().clear();
    builder.environment().putAll(nix.environment());
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new NixStoreException("cannot start '" + command.get(0) + "': " + e.getMessage(), e);
    }
    Thread errors = copier(process.getErrorStream(), stderr);
    try {
      copy(process.getInputStream(), stdout);
      errors.join();
      return process.waitFor();
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new NixStoreException("interrupted while 'nix-store --realise' was running", e);
    } catch (IOException | UncheckedIOException e) {
      process.destroy();
      throw new NixStoreException("reading the output of 'nix-store --realise': " + e.getMessage(), e);
    }
  }

  private static Thread copier(InputStream in, OutputStream out) {
    Thread t = new Thread(() -> {
      try {
        copy(in, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, "nix-store-stderr");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Copies as it comes, so that build logs show while the build runs. */
  private static void copy(InputStream in, OutputStream out) throws IOException {
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) > 0) {
      synchronized (out) {
        out.write(buffer, 0, n);
        out.flush();
      }
    }
  }
}
