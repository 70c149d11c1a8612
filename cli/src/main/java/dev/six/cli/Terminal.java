package dev.six.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a command sees of the process it runs in: standard streams (bytes; standard error written
 * as Nix's logger writes it, see {@link NixLogStream}, and flushed at every line, so traces and
 * warnings show while evaluation goes on), the environment and the working directory. Tests run
 * commands in-process with their own.
 */
record Terminal(InputStream stdin, PrintStream stdout, PrintStream stderr, Map<String, String> environment, String cwd) {

  /** The process's own streams, environment and directory. */
  static Terminal system() {
    Map<String, String> environment = System.getenv();
    return of(System.in, new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 1 << 16), environment,
        System.getProperty("user.dir"), NixLogStream.coloursWanted(environment));
  }

  /** Streams that are not a terminal: standard error shows no colours. */
  static Terminal of(InputStream stdin, OutputStream stdout, OutputStream stderr, Map<String, String> environment,
      String cwd) {
    return of(stdin, stdout, stderr, environment, cwd, false);
  }

  private static Terminal of(InputStream stdin, OutputStream stdout, OutputStream stderr,
      Map<String, String> environment, String cwd, boolean colours) {
    return new Terminal(stdin, new PrintStream(stdout, false, StandardCharsets.ISO_8859_1),
        new NixLogStream(stderr, colours), environment, cwd);
  }

  void flush() {
    stdout.flush();
    stderr.flush();
  }
}
