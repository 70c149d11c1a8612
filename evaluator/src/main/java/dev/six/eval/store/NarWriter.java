package dev.six.eval.store;

import dev.six.eval.io.EvalIO;
import dev.six.eval.io.IoErrors;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a file tree as a Nix archive (NAR), the canonical serialisation store paths are hashed
 * over: every string is its length as 8 little-endian bytes and its bytes padded with zeros to a
 * multiple of 8; a node is {@code ( type regular [executable ""] contents <bytes> )}, {@code (
 * type symlink target <text> )} or {@code ( type directory entry ( name <n> node <node> )... )}
 * with entries sorted by name. Reads only through {@link EvalIO}; symbolic links are never
 * followed.
 */
public final class NarWriter {
  private static final byte[] PADDING = new byte[8];

  private final EvalIO io;
  private final PathFilter filter;
  private final OutputStream out;

  private NarWriter(EvalIO io, PathFilter filter, OutputStream out) {
    this.io = io;
    this.filter = filter;
    this.out = out;
  }

  /** Writes the archive of {@code path} (the filter is asked about everything below it). */
  public static void write(EvalIO io, String path, PathFilter filter, OutputStream out) {
    NarWriter writer = new NarWriter(io, filter, out);
    writer.string("nix-archive-1");
    writer.node(path);
  }

  private void node(String path) {
    EvalIO.FileType type = io.lstat(path);
    string("(");
    switch (type) {
      case REGULAR:
        string("type");
        string("regular");
        if (io.isExecutable(path)) {
          string("executable");
          string("");
        }
        string("contents");
        bytes(read(path));
        break;
      case SYMLINK:
        string("type");
        string("symlink");
        string("target");
        string(readLink(path));
        break;
      case DIRECTORY:
        string("type");
        string("directory");
        for (EvalIO.DirEntry entry : readDir(path)) {
          String child = (path.endsWith("/") ? path : path + "/") + entry.name();
          if (filter.accept(child, entry.type())) {
            string("entry");
            string("(");
            string("name");
            string(entry.name());
            string("node");
            node(child);
            string(")");
          }
        }
        break;
      case MISSING:
        throw new StoreException("getting status of '" + path + "': No such file or directory");
      default:
        throw new StoreException("file '" + path + "' has an unsupported type");
    }
    string(")");
  }

  private byte[] read(String path) {
    try {
      return io.read(path);
    } catch (IOException e) {
      throw new StoreException("opening file '" + path + "': " + IoErrors.reason(e));
    }
  }

  private String readLink(String path) {
    try {
      return io.readLink(path);
    } catch (IOException e) {
      throw new StoreException("reading symbolic link '" + path + "': " + IoErrors.reason(e));
    }
  }

  private java.util.List<EvalIO.DirEntry> readDir(String path) {
    try {
      return io.readDir(path);
    } catch (IOException e) {
      throw new StoreException("opening directory '" + path + "': " + IoErrors.reason(e));
    }
  }

  /** A string of the archive: our strings hold one byte per char. */
  private void string(String s) {
    bytes(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  private void bytes(byte[] b) {
    try {
      long n = b.length;
      byte[] length = new byte[8];
      for (int i = 0; i < 8; i++) {
        length[i] = (byte) (n >>> (8 * i));
      }
      out.write(length);
      out.write(b);
      int pad = (int) ((8 - n % 8) % 8);
      out.write(PADDING, 0, pad);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
