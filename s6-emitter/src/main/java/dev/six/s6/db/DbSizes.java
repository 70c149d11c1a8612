package dev.six.s6.db;

/**
 * The {@code n} file of a compiled database: six big-endian 32-bit counts that size everything in
 * {@code db}. Kept apart because s6-rc-db reads it first and on its own, with its own error message.
 *
 * @param oneshots number of oneshot services
 * @param longruns number of longrun services, the two internal ones included
 * @param stringBytes length of the string table
 * @param argvSlots number of argv slots of all oneshot scripts (words plus one terminator per script)
 * @param dependencies number of direct dependency edges
 * @param producers total length of the producer lists
 */
public record DbSizes(long oneshots, long longruns, long stringBytes, long argvSlots, long dependencies,
    long producers) {

  /** The size of the file. */
  public static final int BYTES = 24;

  /** Reads {@code n}; the failure message names {@code shownAs/n} as s6-rc-db does. */
  static DbSizes parse(byte[] n, String shownAs) throws DbFailure {
    if (n.length != BYTES) {
      // s6-rc-db reads with a buffered "get all" (EPIPE at a short file) and then checks that
      // nothing follows (errno untouched, so 0).
      throw new DbFailure(DbFailure.SYSTEM,
          "unable to read " + shownAs + "/n: " + (n.length < BYTES ? SystemErrors.BROKEN_PIPE : SystemErrors.SUCCESS));
    }
    return new DbSizes(u32(n, 0), u32(n, 4), u32(n, 8), u32(n, 12), u32(n, 16), u32(n, 20));
  }

  /** Number of atomic services. */
  public long services() {
    return oneshots + longruns;
  }

  static long u32(byte[] b, int at) {
    return (b[at] & 0xffL) << 24 | (b[at + 1] & 0xffL) << 16 | (b[at + 2] & 0xffL) << 8 | (b[at + 3] & 0xffL);
  }
}
