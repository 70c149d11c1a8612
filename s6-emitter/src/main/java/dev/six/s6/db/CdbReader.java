package dev.six.s6.db;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A constant database in D. J. Bernstein's cdb format, read from its bytes: lookups by key, and the
 * records in file order, which is the order {@code s6-rc-db list all} prints. A 2048-byte header of
 * 256 little-endian (table position, slot count) pairs comes first, then the records (key length,
 * data length, key, data), then the hash tables. Lookups and traversal fail on the same malformed
 * files skalibs' reader rejects; traversal also rejects a record that runs past the end of the
 * file, which skalibs would read out of bounds.
 */
public final class CdbReader {
  private static final int HEADER = 2048;

  private final byte[] bytes;

  /** A record: its key (one char per byte) and its data. */
  public record CdbRecord(String key, byte[] data) {}

  /** The file is not a cdb, or is cut short. */
  public static final class CdbFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    CdbFormatException(String message) {
      super(message, null, false, false);
    }
  }

  public CdbReader(byte[] bytes) {
    this.bytes = bytes.clone();
  }

  /** The hash of {@code key}: start at 5381, then for each byte multiply by 33 and xor the byte. */
  public static int hash(byte[] key) {
    int h = 5381;
    for (byte b : key) {
      h = (h + (h << 5)) ^ (b & 0xff);
    }
    return h;
  }

  /** The data of the first record with this key, as skalibs' {@code cdb_find} finds it. */
  public Optional<byte[]> find(String key) throws CdbFormatException {
    byte[] k = latin1(key);
    int h = hash(k);
    int header = (h << 3) & 2047;
    check(header, 8);
    long slots = u32(header + 4);
    if (slots == 0) {
      return Optional.empty();
    }
    long tablePos = u32(header);
    long slot = Integer.toUnsignedLong(h >>> 8) % slots;
    for (long probes = 0; probes < slots; probes++) {
      long at = tablePos + ((slot + probes) % slots) * 8;
      check(at, 8);
      long recordPos = u32(at + 4);
      if (recordPos == 0) {
        return Optional.empty();
      }
      if ((int) u32(at) != h) {
        continue;
      }
      check(recordPos, 8);
      if (u32(recordPos) == k.length) {
        check(recordPos + 8, k.length);
        if (Arrays.equals(bytes, (int) recordPos + 8, (int) recordPos + 8 + k.length, k, 0, k.length)) {
          long dataLength = u32(recordPos + 4);
          long dataPos = recordPos + 8 + k.length;
          check(dataPos, dataLength);
          return Optional.of(Arrays.copyOfRange(bytes, (int) dataPos, (int) (dataPos + dataLength)));
        }
      }
    }
    return Optional.empty();
  }

  /** Every record, in file order: from offset 2048 up to the first hash table. */
  public List<CdbRecord> records() throws CdbFormatException {
    check(0, 4);
    long end = u32(0);
    List<CdbRecord> records = new ArrayList<>();
    long pos = HEADER;
    while (end >= 8 && pos <= end - 8) {
      check(pos, 8);
      long keyLength = u32(pos);
      long dataLength = u32(pos + 4);
      check(pos + 8, keyLength + dataLength);
      int keyStart = (int) pos + 8;
      int dataStart = keyStart + (int) keyLength;
      String key = new String(bytes, keyStart, (int) keyLength, StandardCharsets.ISO_8859_1);
      records.add(new CdbRecord(key, Arrays.copyOfRange(bytes, dataStart, dataStart + (int) dataLength)));
      pos += 8 + keyLength + dataLength;
    }
    return records;
  }

  private void check(long pos, long length) throws CdbFormatException {
    if (pos < 0 || length < 0 || pos > bytes.length || length > bytes.length - pos) {
      throw new CdbFormatException("cdb cut short: " + length + " bytes at " + pos + " of " + bytes.length);
    }
  }

  /** A little-endian 32-bit number: cdb's own structure is little-endian, unlike s6-rc's data. */
  private long u32(long pos) {
    int p = (int) pos;
    return (bytes[p] & 0xffL) | (bytes[p + 1] & 0xffL) << 8 | (bytes[p + 2] & 0xffL) << 16
        | (bytes[p + 3] & 0xffL) << 24;
  }

  static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
