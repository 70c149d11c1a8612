package dev.six.s6.compile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Encodes a {@link Database} as the files {@code n} and {@code db}: big-endian 32-bit numbers,
 * no padding, the banners around {@code db}.
 */
final class DatabaseEncoder {
  private static final byte[] START = "s6rc-db: start\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "\ns6rc-db: end\n".getBytes(StandardCharsets.US_ASCII);
  private static final int RECORD_END = 0xFE;

  private DatabaseEncoder() {}

  /** {@code n}: oneshots, longruns, string table size, argv count, dependency count, producer count. */
  static byte[] sizes(Database db) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(24);
    u32(out, db.oneshots());
    u32(out, db.longruns());
    u32(out, db.strings().length);
    u32(out, db.argvCount());
    u32(out, db.forwardDependencies().length);
    u32(out, db.producers().length);
    return out.toByteArray();
  }

  static byte[] records(Database db) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(START);
    out.writeBytes(db.strings());
    for (int d : db.reverseDependencies()) {
      u32(out, d);
    }
    for (int d : db.forwardDependencies()) {
      u32(out, d);
    }
    for (int p : db.producers()) {
      u32(out, p);
    }
    for (int i = 0; i < db.services().size(); i++) {
      Database.Service s = db.services().get(i);
      u32(out, s.nameOffset());
      u32(out, s.flags());
      u32(out, s.timeoutDown());
      u32(out, s.timeoutUp());
      u32(out, s.reverseCount());
      u32(out, s.forwardCount());
      u32(out, s.reverseStart());
      u32(out, s.forwardStart());
      if (db.isLongrun(i)) {
        u32(out, s.consumer());
        u32(out, s.producerCount());
        u32(out, s.producerStart());
      } else {
        u32(out, s.downArgc());
        u32(out, s.downArgv());
        u32(out, s.upArgc());
        u32(out, s.upArgv());
        if (db.version().hasReload()) {
          u32(out, s.reloadArgc());
          u32(out, s.reloadArgv());
        }
      }
      out.write(RECORD_END);
    }
    out.writeBytes(END);
    return out.toByteArray();
  }

  static void u32(ByteArrayOutputStream out, long v) {
    out.write((int) (v >>> 24));
    out.write((int) (v >>> 16));
    out.write((int) (v >>> 8));
    out.write((int) v);
  }
}
