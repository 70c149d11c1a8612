package dev.six.eval.nixstore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The client side of Nix's worker protocol ({@code worker-protocol.hh}, {@code daemon.cc}), the
 * interface {@code nix-daemon} serves: the greeting, then requests, each answered by log messages
 * and then either a result or an error. Only the operations registration needs are here: asking
 * which paths are valid, adding a content-addressed path, and garbage-collector roots. Errors the
 * daemon reports are {@link NixStoreException}s and leave the connection usable; a broken stream
 * is an {@link IOException}.
 */
final class DaemonConnection {
  private static final long WORKER_MAGIC_1 = 0x6e697863L;
  private static final long WORKER_MAGIC_2 = 0x6478696fL;
  /** Protocol 1.34, Nix 2.8's; daemons from Nix 2.4 (1.25, the content-addressed addToStore) on serve it. */
  private static final int CLIENT_VERSION = 1 << 8 | 34;
  private static final int MINIMUM_MINOR = 25;

  private static final long STDERR_NEXT = 0x6f6c6d67L;
  private static final long STDERR_READ = 0x64617461L;
  private static final long STDERR_WRITE = 0x64617416L;
  private static final long STDERR_LAST = 0x616c7473L;
  private static final long STDERR_ERROR = 0x63787470L;
  private static final long STDERR_START_ACTIVITY = 0x53545254L;
  private static final long STDERR_STOP_ACTIVITY = 0x53544f50L;
  private static final long STDERR_RESULT = 0x52534c54L;

  private static final int OP_ADD_TO_STORE = 7;
  private static final int OP_ADD_TEMP_ROOT = 11;
  private static final int OP_ADD_INDIRECT_ROOT = 12;
  private static final int OP_QUERY_VALID_PATHS = 31;

  /** Requests sent before reading their answers: few enough that the answers fit in a pipe. */
  private static final int PIPELINE = 512;

  private final WireReader in;
  private final WireWriter out;
  private final PrintStream log;
  /** The protocol minor version both sides speak: the lower of theirs. */
  private int minor;

  private DaemonConnection(InputStream in, OutputStream out, PrintStream log) {
    this.in = new WireReader(in);
    this.out = new WireWriter(out);
    this.log = log;
  }

  /**
   * Greets the daemon at the other end of {@code in}/{@code out} (buffered streams); its log
   * messages go to {@code log}.
   */
  static DaemonConnection open(InputStream in, OutputStream out, PrintStream log) throws IOException, NixStoreException {
    DaemonConnection c = new DaemonConnection(in, out, log);
    c.handshake();
    return c;
  }

  private void handshake() throws IOException, NixStoreException {
    out.number(WORKER_MAGIC_1).flush();
    if (in.number() != WORKER_MAGIC_2) {
      throw new IOException("protocol mismatch");
    }
    long daemonVersion = in.number();
    if ((daemonVersion >> 8) != (CLIENT_VERSION >> 8)) {
      throw new NixStoreException("Nix daemon protocol version not supported");
    }
    minor = (int) Math.min(daemonVersion & 0xff, CLIENT_VERSION & 0xff);
    if (minor < MINIMUM_MINOR) {
      throw new NixStoreException("the Nix daemon version is too old (protocol 1." + minor + "; six needs 1."
          + MINIMUM_MINOR + ", Nix 2.4 or newer)");
    }
    out.number(CLIENT_VERSION);
    out.number(0); // obsolete CPU affinity (since 1.14)
    out.number(0); // obsolete reserveSpace (since 1.11)
    out.flush();
    if (minor >= 33) {
      in.string(); // the daemon's Nix version
    }
    finishWork();
  }

  /** The subset of {@code paths} that are valid in the store. */
  Set<String> queryValidPaths(Collection<String> paths) throws IOException, NixStoreException {
    out.number(OP_QUERY_VALID_PATHS).strings(paths);
    if (minor >= 27) {
      out.number(0); // don't substitute
    }
    out.flush();
    finishWork();
    return new HashSet<>(in.strings());
  }

  /**
   * Keeps each of {@code paths} from the garbage collector while this connection is open, as Nix
   * does for every path it adds or finds already valid.
   */
  void addTempRoots(List<String> paths) throws IOException, NixStoreException {
    for (int start = 0; start < paths.size(); start += PIPELINE) {
      List<String> batch = paths.subList(start, Math.min(paths.size(), start + PIPELINE));
      for (String path : batch) {
        out.number(OP_ADD_TEMP_ROOT).string(path);
      }
      out.flush();
      NixStoreException failure = null;
      for (int i = 0; i < batch.size(); i++) {
        try {
          finishWork();
          in.number();
        } catch (NixStoreException e) {
          failure = failure == null ? e : failure;
        }
      }
      if (failure != null) {
        throw failure;
      }
    }
  }

  /** Makes the symbolic link {@code link} (an absolute path) a garbage-collector root. */
  void addIndirectRoot(String link) throws IOException, NixStoreException {
    out.number(OP_ADD_INDIRECT_ROOT).string(link).flush();
    finishWork();
    in.number();
  }

  /** Writes the data of one store object, as {@code addToStore} reads it. */
  @FunctionalInterface
  interface Contents {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Why writing an object's data failed: our side, not the connection. */
  static final class ContentsException extends IOException {
    ContentsException(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /**
   * Adds a content-addressed object, as Nix's own {@code addToStore} does over the protocol: the
   * daemon computes its store path from {@code method} ({@code text:sha256}, {@code
   * fixed:r:sha256}, {@code fixed:sha256}), {@code name}, {@code references} and the data, stores
   * and registers it (unless it is already valid), and reports what it recorded. If writing the
   * data fails, a {@link ContentsException} is thrown and the connection must be abandoned: the
   * daemon has not seen the end of the data, so it has registered nothing.
   */
  PathInfo addToStore(String name, String method, Collection<String> references, Contents contents)
      throws IOException, NixStoreException {
    out.number(OP_ADD_TO_STORE).string(name).string(method).strings(references).number(0); // no repair
    FramedOutputStream data = new FramedOutputStream(out);
    try {
      contents.writeTo(data);
    } catch (IOException e) {
      throw new ContentsException(e);
    }
    data.close();
    out.flush();
    finishWork();
    return readPathInfo();
  }

  private PathInfo readPathInfo() throws IOException {
    String path = in.string();
    String deriver = in.string();
    String narHash = in.string();
    List<String> references = in.strings();
    long registrationTime = in.number();
    long narSize = in.number();
    boolean ultimate = in.number() != 0;
    List<String> signatures = in.strings();
    String ca = in.string();
    return new PathInfo(path, deriver, narHash, references, registrationTime, narSize, ultimate, signatures, ca);
  }

  /**
   * Reads the daemon's messages up to the end of the current operation: log lines go to the log,
   * activities are dropped (they drive Nix's progress bar), an error becomes an exception.
   */
  private void finishWork() throws IOException, NixStoreException {
    while (true) {
      long msg = in.number();
      if (msg == STDERR_LAST) {
        return;
      } else if (msg == STDERR_NEXT) {
        log.println(AnsiEscapes.strip(chomp(in.string())));
      } else if (msg == STDERR_ERROR) {
        throw readError();
      } else if (msg == STDERR_START_ACTIVITY) {
        in.number(); // id
        in.number(); // level
        in.number(); // type
        in.string(); // text
        fields();
        in.number(); // parent
      } else if (msg == STDERR_STOP_ACTIVITY) {
        in.number();
      } else if (msg == STDERR_RESULT) {
        in.number(); // activity
        in.number(); // type
        fields();
      } else if (msg == STDERR_READ || msg == STDERR_WRITE) {
        throw new IOException("the Nix daemon asked for a data transfer six did not start");
      } else {
        throw new IOException("got unknown message type " + Long.toHexString(msg) + " from Nix daemon");
      }
    }
  }

  private void fields() throws IOException {
    long n = in.number();
    for (long i = 0; i < n; i++) {
      long type = in.number();
      if (type == 0) {
        in.number();
      } else if (type == 1) {
        in.string();
      } else {
        throw new IOException("got unsupported field type " + type + " from Nix daemon");
      }
    }
  }

  /** An error as the daemon sends it: since 1.26 structured (its traces are dropped), before as text. */
  private NixStoreException readError() throws IOException {
    if (minor < 26) {
      String message = in.string();
      in.number(); // exit status
      return new NixStoreException(AnsiEscapes.strip(stripErrorPrefix(message)));
    }
    in.string(); // "Error"
    in.number(); // level
    in.string(); // name, unused
    String message = in.string();
    in.number(); // no position
    long traces = in.number();
    for (long i = 0; i < traces; i++) {
      in.number(); // no position
      in.string();
    }
    return new NixStoreException(AnsiEscapes.strip(message));
  }

  private static String chomp(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return s.substring(0, end);
  }

  /** Before 1.26 the text is the whole rendering, starting with an "error: " of its own. */
  private static String stripErrorPrefix(String message) {
    String plain = AnsiEscapes.strip(message);
    return plain.startsWith("error: ") ? plain.substring(7) : plain;
  }
}
