package dev.six.s6.db;

import dev.six.s6.ServiceType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled s6-rc database read into memory: its sizes, its atomic services, and its name
 * table. Reading validates as s6-rc-db does (lock file, then {@code n}, then {@code db}) and
 * fails with s6-rc-db's message and status, so a corrupt database is reported, not guessed at.
 * {@code resolve.cdb} is only checked by the queries that use it, as in s6-rc-db.
 */
public final class CompiledDatabase {
  private final DbSizes sizes;
  private final List<AtomicService> services;
  private final ResolveTable resolve;

  private CompiledDatabase(DbSizes sizes, List<AtomicService> services, ResolveTable resolve) {
    this.sizes = sizes;
    this.services = services;
    this.resolve = resolve;
  }

  /**
   * Reads the compiled directory {@code dir}, holding a shared lock on its {@code lock} file while
   * reading, as s6-rc-db does; {@code shownAs} is how messages name the directory.
   *
   * @param blocking wait for the lock rather than fail when a writer holds it
   */
  public static CompiledDatabase read(Path dir, String shownAs, boolean blocking) throws DbFailure {
    FileChannel lock = openLock(dir, shownAs);
    try (lock) {
      FileLock held = takeLock(lock, shownAs, blocking);
      try {
        return readLocked(dir, shownAs);
      } finally {
        if (held != null) {
          held.release();
        }
      }
    } catch (IOException e) {
      // Only releasing the lock can fail here, after everything was read.
      throw new DbFailure(DbFailure.SYSTEM, "unable to release lock on " + shownAs + ": " + SystemErrors.text(e));
    }
  }

  private static CompiledDatabase readLocked(Path dir, String shownAs) throws DbFailure {
    byte[] n = readFile(dir.resolve("n"), shownAs + "/n");
    DbSizes sizes = DbSizes.parse(n, shownAs);
    byte[] db = readFile(dir.resolve("db"), shownAs + "/db");
    List<AtomicService> services = DbBinaryReader.read(db, sizes, shownAs);
    ResolveTable resolve;
    try {
      resolve = ResolveTable.of(Files.readAllBytes(dir.resolve("resolve.cdb")));
    } catch (IOException e) {
      resolve = ResolveTable.unreadable(SystemErrors.text(e));
    }
    return new CompiledDatabase(sizes, services, resolve);
  }

  /** A database from the contents of its three files; {@code shownAs} names it in messages. */
  public static CompiledDatabase parse(byte[] n, byte[] db, byte[] resolveCdb, String shownAs) throws DbFailure {
    DbSizes sizes = DbSizes.parse(n, shownAs);
    return new CompiledDatabase(sizes, DbBinaryReader.read(db, sizes, shownAs), ResolveTable.of(resolveCdb));
  }

  private static FileChannel openLock(Path dir, String shownAs) throws DbFailure {
    try {
      return FileChannel.open(dir.resolve("lock"), StandardOpenOption.READ);
    } catch (IOException e) {
      throw new DbFailure(DbFailure.SYSTEM, "unable to take lock on " + shownAs + ": " + SystemErrors.text(e));
    }
  }

  private static FileLock takeLock(FileChannel lock, String shownAs, boolean blocking) throws DbFailure {
    try {
      FileLock held = blocking ? lock.lock(0, Long.MAX_VALUE, true) : lock.tryLock(0, Long.MAX_VALUE, true);
      if (held == null) {
        throw new DbFailure(DbFailure.SYSTEM, "unable to take lock on " + shownAs + ": " + SystemErrors.BUSY);
      }
      return held;
    } catch (OverlappingFileLockException e) {
      // This JVM already holds a lock on the file: a reader may share it.
      return null;
    } catch (IOException e) {
      throw new DbFailure(DbFailure.SYSTEM, "unable to take lock on " + shownAs + ": " + SystemErrors.text(e));
    }
  }

  private static byte[] readFile(Path file, String shown) throws DbFailure {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DbFailure(DbFailure.SYSTEM, "unable to read " + shown + ": " + SystemErrors.text(e));
    }
  }

  public DbSizes sizes() {
    return sizes;
  }

  /** Every atomic service, by index: longruns, then oneshots. */
  public List<AtomicService> services() {
    return services;
  }

  public AtomicService service(int index) {
    return services.get(index);
  }

  public int serviceCount() {
    return services.size();
  }

  public int longrunCount() {
    return (int) sizes.longruns();
  }

  public ResolveTable resolve() {
    return resolve;
  }

  /**
   * The bundles of the name table, in its record order, each with the indices of its atomic
   * services. A record is a bundle unless it maps a service's own name to that one service.
   */
  public Map<String, List<Integer>> bundles(String shownAs) throws DbFailure {
    Map<String, List<Integer>> bundles = new LinkedHashMap<>();
    List<CdbReader.CdbRecord> records;
    try {
      records = resolve.reader(shownAs).records();
    } catch (CdbReader.CdbFormatException e) {
      throw new DbFailure(DbFailure.CORRUPT, "invalid cdb in " + shownAs + "/resolve.cdb");
    }
    for (CdbReader.CdbRecord r : records) {
      List<Integer> members = members(r.data(), shownAs);
      if (members.size() == 1 && services.get(members.get(0)).name().equals(r.key())) {
        continue;
      }
      bundles.put(r.key(), members);
    }
    return bundles;
  }

  /** The atomic indices a name-table record holds, checked against the service count. */
  List<Integer> members(byte[] data, String shownAs) throws DbFailure {
    if ((data.length & 3) != 0) {
      throw invalidDatabase(shownAs);
    }
    ByteBuffer b = ByteBuffer.wrap(data);
    List<Integer> members = new ArrayList<>();
    while (b.hasRemaining()) {
      long x = Integer.toUnsignedLong(b.getInt());
      if (x >= services.size()) {
        throw invalidDatabase(shownAs);
      }
      members.add((int) x);
    }
    return members;
  }

  static DbFailure invalidDatabase(String shownAs) {
    return new DbFailure(DbFailure.CORRUPT, "invalid database in " + shownAs);
  }

  /** The type s6-rc-db reports for index {@code i}, where {@code i == serviceCount()} is a bundle. */
  ServiceType typeOf(int i) {
    return i >= services.size() ? ServiceType.BUNDLE : services.get(i).type();
  }
}
