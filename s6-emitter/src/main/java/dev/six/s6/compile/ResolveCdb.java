package dev.six.s6.compile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes {@code resolve.cdb}: a D. J. Bernstein constant database from every service name to its
 * atomic indices (big-endian), inserted as s6-rc-compile inserts them (atomics from the last index
 * down, then bundles from the last down), since insertion order fixes the bytes.
 */
final class ResolveCdb {
  private static final int BUCKETS = 256;
  private static final int HEADER = BUCKETS * 8;

  private ResolveCdb() {}

  static byte[] encode(Database db) {
    Builder cdb = new Builder();
    for (int i = db.services().size() - 1; i >= 0; i--) {
      cdb.add(db.services().get(i).name(), new int[] {i});
    }
    for (int b = db.bundles().size() - 1; b >= 0; b--) {
      cdb.add(db.bundles().get(b).name(), db.bundles().get(b).members());
    }
    return cdb.finish();
  }

  static int hash(byte[] key) {
    int h = 5381;
    for (byte b : key) {
      h = ((h << 5) + h) ^ (b & 0xFF);
    }
    return h;
  }

  /** cdbmake: records first, then one open-addressing table per bucket of the hash's low byte. */
  private static final class Builder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<long[]> entries = new ArrayList<>(); // {hash, position}

    Builder() {
      out.writeBytes(new byte[HEADER]);
    }

    void add(String name, int[] values) {
      byte[] key = name.getBytes(StandardCharsets.ISO_8859_1);
      entries.add(new long[] {hash(key) & 0xFFFF_FFFFL, out.size()});
      le32(out, key.length);
      le32(out, values.length * 4L);
      out.writeBytes(key);
      for (int v : values) {
        DatabaseEncoder.u32(out, v);
      }
    }

    byte[] finish() {
      List<List<long[]>> buckets = new ArrayList<>(BUCKETS);
      for (int bucket = 0; bucket < BUCKETS; bucket++) {
        buckets.add(new ArrayList<>());
      }
      for (long[] e : entries) {
        buckets.get((int) (e[0] & 0xFF)).add(e);
      }
      ByteArrayOutputStream header = new ByteArrayOutputStream(HEADER);
      for (int bucket = 0; bucket < BUCKETS; bucket++) {
        int slots = buckets.get(bucket).size() * 2;
        long[][] table = new long[slots][];
        for (long[] e : buckets.get(bucket)) {
          int slot = (int) ((e[0] >>> 8) % slots);
          while (table[slot] != null) {
            slot = (slot + 1) % slots;
          }
          table[slot] = e;
        }
        le32(header, out.size());
        le32(header, slots);
        for (long[] e : table) {
          le32(out, e == null ? 0 : e[0]);
          le32(out, e == null ? 0 : e[1]);
        }
      }
      byte[] bytes = out.toByteArray();
      System.arraycopy(header.toByteArray(), 0, bytes, 0, HEADER);
      return bytes;
    }

    private static void le32(ByteArrayOutputStream o, long v) {
      o.write((int) v);
      o.write((int) (v >>> 8));
      o.write((int) (v >>> 16));
      o.write((int) (v >>> 24));
    }
  }
}
