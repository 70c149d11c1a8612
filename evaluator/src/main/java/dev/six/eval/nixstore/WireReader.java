package dev.six.eval.nixstore;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the data types of Nix's worker protocol, the counterpart of {@link WireWriter}. A stream
 * that ends early is an {@link EOFException}: the other side went away.
 */
final class WireReader {
  /** Longer strings than this are not something the daemon sends us; a protocol error is likelier. */
  private static final long MAX_STRING = 64L << 20;

  private final InputStream in;

  WireReader(InputStream in) {
    this.in = in;
  }

  long number() throws IOException {
    byte[] b = exactly(8);
    long n = 0;
    for (int i = 7; i >= 0; i--) {
      n = (n << 8) | (b[i] & 0xff);
    }
    return n;
  }

  String string() throws IOException {
    long length = number();
    if (length < 0 || length > MAX_STRING) {
      throw new IOException("the Nix daemon sent a string of " + Long.toUnsignedString(length) + " bytes");
    }
    String s = new String(exactly((int) length), StandardCharsets.ISO_8859_1);
    byte[] padding = exactly((int) ((8 - length % 8) % 8));
    for (byte b : padding) {
      if (b != 0) {
        throw new IOException("non-zero padding from the Nix daemon");
      }
    }
    return s;
  }

  List<String> strings() throws IOException {
    long n = number();
    List<String> result = new ArrayList<>();
    for (long i = 0; i < n; i++) {
      result.add(string());
    }
    return result;
  }

  private byte[] exactly(int n) throws IOException {
    byte[] b = in.readNBytes(n);
    if (b.length < n) {
      throw new EOFException("the Nix daemon closed the connection");
    }
    return b;
  }
}
