package dev.six.eval.nixstore;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Sends data of unknown length after a worker-protocol request, as Nix's {@code FramedSink} does:
 * chunks, each its length as an 8-byte little-endian number followed by its bytes (no padding),
 * and a chunk of length zero at the end. Closing writes the end but leaves the connection open.
 */
final class FramedOutputStream extends OutputStream {
  private static final int CHUNK = 1 << 16;

  private final WireWriter wire;
  private final byte[] buffer = new byte[CHUNK];
  private int used;

  FramedOutputStream(WireWriter wire) {
    this.wire = wire;
  }

  @Override
  public void write(int b) throws IOException {
    if (used == CHUNK) {
      frame();
    }
    buffer[used++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      if (used == CHUNK) {
        frame();
      }
      int n = Math.min(len, CHUNK - used);
      System.arraycopy(b, off, buffer, used, n);
      used += n;
      off += n;
      len -= n;
    }
  }

  private void frame() throws IOException {
    if (used > 0) {
      wire.number(used);
      wire.stream().write(buffer, 0, used);
      used = 0;
    }
  }

  @Override
  public void close() throws IOException {
    frame();
    wire.number(0);
  }
}
