package dev.six.eval.nixstore;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code nix-daemon --stdio} of our own: the installed Nix serving its worker protocol on a pipe,
 * against the store it would use itself (the local store when it may write there, else forwarded to
 * the system's daemon). While it runs, the paths it added or was asked to keep are temporary
 * garbage-collector roots. Its own standard error is kept to explain a failure.
 */
final class NixDaemonProcess implements AutoCloseable {
  private static final int KEPT_ERROR_BYTES = 1 << 14;

  private final Process process;
  private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
  private final Thread errorReader;
  private final DaemonConnection connection;

  private NixDaemonProcess(Process process, PrintStream log) throws IOException, NixStoreException {
    this.process = process;
    this.errorReader = new Thread(this::keepErrors, "nix-daemon-stderr");
    errorReader.setDaemon(true);
    errorReader.start();
    try {
      this.connection = DaemonConnection.open(new BufferedInputStream(process.getInputStream(), 1 << 16),
          new BufferedOutputStream(process.getOutputStream(), 1 << 16), log);
    } catch (IOException e) {
      throw failure("cannot open a connection to the Nix store through 'nix-daemon --stdio'", e);
    }
  }

  /** Starts {@code nix-daemon --stdio} with {@code extraArgs} (such as {@code --store URL}) and greets it. */
  static NixDaemonProcess start(NixTools nix, List<String> extraArgs, PrintStream log) throws NixStoreException {
    List<String> command = new ArrayList<>();
    command.add(nix.find("nix-daemon").toString());
    command.add("--stdio");
    command.addAll(extraArgs);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().putAll(nix.environment());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new NixStoreException("cannot start '" + command.get(0) + "': " + e.getMessage(), e);
    }
    try {
      return new NixDaemonProcess(process, log);
    } catch (NixStoreException | RuntimeException e) {
      process.destroyForcibly();
      throw e;
    } catch (IOException e) {
      process.destroyForcibly();
      throw new NixStoreException(e.getMessage(), e);
    }
  }

  DaemonConnection connection() {
    return connection;
  }

  /**
   * A broken connection as an error: {@code what} failed, with what the daemon said on its way out
   * (its last error line) or else the stream's own complaint.
   */
  NixStoreException failure(String what, IOException e) {
    try {
      process.waitFor(2, TimeUnit.SECONDS);
      errorReader.join(1000);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    String said;
    synchronized (errors) {
      said = lastLine(AnsiEscapes.strip(errors.toString(StandardCharsets.ISO_8859_1)));
    }
    String reason = !said.isEmpty() ? said.replaceFirst("^error: ", "") : e.getMessage();
    return new NixStoreException(what + ": " + reason, e);
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    for (int i = lines.length - 1; i >= 0; i--) {
      if (lines[i].startsWith("error: ")) {
        return lines[i];
      }
    }
    return lines.length == 0 ? "" : lines[lines.length - 1].strip();
  }

  private void keepErrors() {
    byte[] buffer = new byte[4096];
    try (InputStream err = process.getErrorStream()) {
      int n;
      while ((n = err.read(buffer)) > 0) {
        synchronized (errors) {
          if (errors.size() < KEPT_ERROR_BYTES) {
            errors.write(buffer, 0, Math.min(n, KEPT_ERROR_BYTES - errors.size()));
          }
        }
      }
    } catch (IOException e) {
      // The process is gone; what it said so far is kept.
    }
  }

  /** Ends the session: the daemon sees the end of its input and exits, dropping its temporary roots. */
  @Override
  public void close() {
    try {
      process.getOutputStream().close();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** Ends the session at once, when the connection can no longer be trusted to be in step. */
  void abandon() {
    process.destroyForcibly();
  }
}
