package dev.six.s6.db;

import dev.six.s6.ServiceType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses the {@code db} file against its {@link DbSizes}, rejecting what s6-rc-db rejects, in the
 * same order and with the same message: "unable to read" (status 111) when the file ends early,
 * "invalid service database" (status 4) when a value is out of range or a banner or record end
 * marker is wrong. Two checks are stricter, where s6-rc-db would later read out of bounds: a
 * longrun's producer list must lie inside the producers array, and dependency offsets must not
 * wrap around 32 bits. A database that is not valid in the 0.5 layout is read again in the 0.7
 * one (oneshot records with a third script, {@code reload}), which only such a file can pass.
 */
final class DbBinaryReader {
  static final String START = "s6rc-db: start\n";
  static final String END = "\ns6rc-db: end\n";
  private static final int RECORD_END = 0xfe;

  private final byte[] bytes;
  private final DbSizes sizes;
  private final String shownAs;
  private final int scriptsPerOneshot;
  private int pos;

  private DbBinaryReader(byte[] bytes, DbSizes sizes, String shownAs, int scriptsPerOneshot) {
    this.bytes = bytes;
    this.sizes = sizes;
    this.shownAs = shownAs;
    this.scriptsPerOneshot = scriptsPerOneshot;
  }

  static List<AtomicService> read(byte[] db, DbSizes sizes, String shownAs) throws DbFailure {
    try {
      return new DbBinaryReader(db, sizes, shownAs, 2).services();
    } catch (DbFailure in05) {
      if (sizes.services() == sizes.longruns()) {
        throw in05; // no oneshots: the two layouts are the same
      }
      try {
        return new DbBinaryReader(db, sizes, shownAs, 3).services();
      } catch (DbFailure in07) {
        throw in05;
      }
    }
  }

  private List<AtomicService> services() throws DbFailure {
    if (!new String(bytes(START.length()), StandardCharsets.ISO_8859_1).equals(START)) {
      throw invalid();
    }
    byte[] strings = bytes(checkedLength(sizes.stringBytes()));
    long n = sizes.services();
    long[] deps = uints(2 * sizes.dependencies(), n);
    long[] producers = uints(sizes.producers(), sizes.longruns());
    List<AtomicService> services = new ArrayList<>();
    long argvLeft = sizes.argvSlots();
    for (long i = 0; i < n; i++) {
      long name = uint();
      if (!validString(strings, name)) {
        throw invalid();
      }
      int flags = (int) uint();
      long timeoutDown = uint();
      long timeoutUp = uint();
      long reverseCount = uint();
      long forwardCount = uint();
      long reverseStart = depsStart(reverseCount);
      long forwardStart = depsStart(forwardCount);
      List<Integer> dependents = slice(deps, reverseStart, reverseCount);
      List<Integer> dependencies = slice(deps, sizes.dependencies() + forwardStart, forwardCount);
      String serviceName = string(strings, name);
      AtomicService service;
      if (i < sizes.longruns()) {
        long consumer = uint();
        long producerCount = uint();
        long producerStart = uint();
        service = new AtomicService((int) i, serviceName, ServiceType.LONGRUN, flags, timeoutUp, timeoutDown,
            dependencies, dependents, consumer < sizes.longruns() ? (int) consumer : -1,
            slice(producers, producerStart, producerCount), List.of(), List.of());
      } else {
        List<List<String>> scripts = new ArrayList<>();
        for (int j = 0; j < scriptsPerOneshot; j++) {
          long argc = uint();
          if (argc > argvLeft) {
            throw invalid();
          }
          long argv = uint();
          List<String> words = words(strings, argv, argc);
          if (words == null) {
            throw invalid();
          }
          scripts.add(words);
          argvLeft -= argc;
          // Every script also takes one slot for its terminating null pointer.
          if (argvLeft == 0) {
            throw invalid();
          }
          argvLeft--;
        }
        service = new AtomicService((int) i, serviceName, ServiceType.ONESHOT, flags, timeoutUp, timeoutDown,
            dependencies, dependents, -1, List.of(), scripts.get(1), scripts.get(0));
      }
      if ((bytes(1)[0] & 0xff) != RECORD_END) {
        throw invalid();
      }
      services.add(service);
    }
    if (argvLeft != 0) {
      throw invalid();
    }
    if (!new String(bytes(END.length()), StandardCharsets.ISO_8859_1).equals(END)) {
      throw invalid();
    }
    return List.copyOf(services);
  }

  /** A start offset into one half of the dependency array, checked against its count. */
  private long depsStart(long count) throws DbFailure {
    long start = uint();
    // s6-rc-db adds in 32 bits, so a huge count can wrap around and pass; here it does not.
    if (start > sizes.dependencies() || start + count > sizes.dependencies()) {
      throw invalid();
    }
    return start;
  }

  private long[] uints(long count, long bound) throws DbFailure {
    long[] values = new long[(int) Math.min(count, (bytes.length - pos) / 4 + 1)];
    for (long i = 0; i < count; i++) {
      long x = uint();
      if (x >= bound) {
        throw invalid();
      }
      values[(int) i] = x;
    }
    return values;
  }

  private List<Integer> slice(long[] array, long start, long count) throws DbFailure {
    if (start + count > array.length) {
      // Reached through 32-bit offsets that wrap around, or producer lists past the producers
      // array: s6-rc-db would follow them out of bounds.
      throw invalid();
    }
    List<Integer> out = new ArrayList<>();
    for (long i = start; i < start + count; i++) {
      out.add((int) array[(int) i]);
    }
    return out;
  }

  /** {@code count} consecutive NUL-terminated words from {@code at}, or null when they overrun. */
  private static List<String> words(byte[] strings, long at, long count) {
    List<String> words = new ArrayList<>();
    long p = at;
    for (long k = 0; k < count; k++) {
      if (!validString(strings, p)) {
        return null;
      }
      String word = string(strings, p);
      words.add(word);
      p += word.length() + 1;
    }
    return words;
  }

  private static boolean validString(byte[] strings, long at) {
    if (at >= strings.length) {
      return false;
    }
    for (int i = (int) at; i < strings.length; i++) {
      if (strings[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static String string(byte[] strings, long at) {
    int end = (int) at;
    while (strings[end] != 0) {
      end++;
    }
    return new String(strings, (int) at, end - (int) at, StandardCharsets.ISO_8859_1);
  }

  private int checkedLength(long length) throws DbFailure {
    if (length > bytes.length - pos) {
      throw cutShort(SystemErrors.SUCCESS);
    }
    return (int) length;
  }

  /** Like skalibs' buffer_get: a short read fails with errno still 0. */
  private byte[] bytes(int length) throws DbFailure {
    if (length > bytes.length - pos) {
      throw cutShort(SystemErrors.SUCCESS);
    }
    byte[] out = Arrays.copyOfRange(bytes, pos, pos + length);
    pos += length;
    return out;
  }

  /** Like s6-rc-db's 32-bit reads (buffer_getall): a short read fails with EPIPE. */
  private long uint() throws DbFailure {
    if (bytes.length - pos < 4) {
      throw cutShort(SystemErrors.BROKEN_PIPE);
    }
    long x = DbSizes.u32(bytes, pos);
    pos += 4;
    return x;
  }

  private DbFailure cutShort(String errno) {
    return new DbFailure(DbFailure.SYSTEM, "unable to read " + shownAs + "/db: " + errno);
  }

  private DbFailure invalid() {
    return new DbFailure(DbFailure.CORRUPT, "invalid service database in " + shownAs + "/db");
  }
}
