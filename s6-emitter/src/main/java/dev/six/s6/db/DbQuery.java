package dev.six.s6.db;

import dev.six.s6.ServiceType;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Answers one {@link DbRequest} about a {@link CompiledDatabase} with exactly the standard output
 * s6-rc-db 0.5.4.1 prints, or fails with its message and status. The output is built whole and
 * only returned on success: s6-rc-db buffers its output, so a failing command prints nothing.
 */
public final class DbQuery {
  /** What {@code s6-rc-db help} prints. */
  public static final String HELP = """
      s6-rc-db help
      s6-rc-db check
      s6-rc-db list all|services|oneshots|longruns|bundles
      s6-rc-db type servicename
      s6-rc-db [ -u | -d ] timeout atomicname
      s6-rc-db contents bundlename
      s6-rc-db [ -u | -d ] dependencies servicename...
      s6-rc-db pipeline longrunname
      s6-rc-db [ -u | -d ] script oneshotname
      s6-rc-db flags atomicname
      s6-rc-db atomics servicename...
      s6-rc-db [ -u | -d ] all-dependencies servicename...
      """;

  private final CompiledDatabase db;
  private final String shownAs;
  private final StringBuilder out = new StringBuilder();

  /** A query on {@code db}, whose messages name it {@code shownAs} (the {@code -c} argument). */
  public DbQuery(CompiledDatabase db, String shownAs) {
    this.db = db;
    this.shownAs = shownAs;
  }

  /** The standard output of {@code request}, one char per byte. */
  public String run(DbRequest request) throws DbFailure {
    out.setLength(0);
    switch (request.verb()) {
      case HELP:
        out.append(HELP);
        break;
      case CHECK:
        check();
        break;
      case LIST:
        list(request.listKind());
        break;
      case TYPE:
        out.append(db.typeOf(resolveService(request.name())).word()).append('\n');
        break;
      case TIMEOUT:
        out.append(atomic(request.name()).timeout(request.up())).append('\n');
        break;
      case CONTENTS:
        contents(request.name());
        break;
      case DEPENDENCIES:
        union(request.operands(), request.up(), true, false);
        break;
      case PIPELINE:
        pipeline(request.name());
        break;
      case SCRIPT:
        script(request.name(), request.up());
        break;
      case FLAGS:
        out.append(String.format("%08x", atomic(request.name()).flags())).append('\n');
        break;
      case ATOMICS:
        union(request.operands(), true, false, false);
        break;
      case ALL_DEPENDENCIES:
        union(request.operands(), request.up(), false, true);
        break;
      default:
        throw new IllegalStateException(request.verb().toString());
    }
    return out.toString();
  }

  private void check() throws DbFailure {
    Optional<String> problem = new DatabaseCheck(db).problem();
    if (problem.isPresent()) {
      throw new DbFailure(DbFailure.CORRUPT, "invalid service database in " + shownAs + ": " + problem.get());
    }
  }

  private void list(DbRequest.ListKind kind) throws DbFailure {
    switch (kind) {
      case SERVICES:
        names(0, db.serviceCount());
        break;
      case ONESHOTS:
        names(db.longrunCount(), db.serviceCount());
        break;
      case LONGRUNS:
        names(0, db.longrunCount());
        break;
      default:
        boolean bundlesOnly = kind == DbRequest.ListKind.BUNDLES;
        for (CdbReader.CdbRecord r : records()) {
          if (bundlesOnly && r.data().length == 4 && isOwnRecord(r.key(), index(r.data()))) {
            continue;
          }
          out.append(r.key()).append('\n');
        }
    }
  }

  private void names(int from, int to) {
    for (int i = from; i < to; i++) {
      out.append(db.service(i).name()).append('\n');
    }
  }

  private void contents(String name) throws DbFailure {
    byte[] data = find(name);
    if (data.length == 4) {
      int x = index(data);
      if (isOwnRecord(name, x)) {
        throw wrongType(name, "represents an atomic service");
      }
      out.append(db.service(x).name()).append('\n');
      return;
    }
    for (int x : db.members(data, shownAs)) {
      out.append(db.service(x).name()).append('\n');
    }
  }

  /**
   * The names of a set of services, highest index first: the services named (atomics), their
   * direct dependencies or dependents, or everything reachable from them that way.
   */
  private void union(List<String> names, boolean up, boolean direct, boolean closure) throws DbFailure {
    BitSet state = new BitSet(db.serviceCount());
    for (String name : names) {
      for (int x : db.members(find(name), shownAs)) {
        if (direct) {
          db.service(x).edges(up).forEach(state::set);
        } else {
          state.set(x);
        }
      }
    }
    if (closure) {
      BitSet seed = (BitSet) state.clone();
      BitSet seen = new BitSet(db.serviceCount());
      for (int i = seed.length() - 1; i >= 0; i = seed.previousSetBit(i - 1)) {
        reach(i, up, seen, state);
      }
    }
    for (int i = state.length() - 1; i >= 0; i = state.previousSetBit(i - 1)) {
      out.append(db.service(i).name()).append('\n');
    }
  }

  private void reach(int i, boolean up, BitSet seen, BitSet state) {
    if (seen.get(i)) {
      return;
    }
    seen.set(i);
    for (int j : db.service(i).edges(up)) {
      reach(j, up, seen, state);
    }
    state.set(i);
  }

  private void pipeline(String name) throws DbFailure {
    int n = resolveService(name);
    if (n >= db.longrunCount()) {
      throw wrongType(name, "does not represent a longrun");
    }
    // Follow consumers to the last one; a corrupt database could loop, which s6-rc-db would not survive.
    for (int steps = 0; db.service(n).consumer() >= 0; steps++) {
      if (steps > db.longrunCount()) {
        throw CompiledDatabase.invalidDatabase(shownAs);
      }
      n = db.service(n).consumer();
    }
    producers(n, 0);
  }

  private void producers(int n, int depth) throws DbFailure {
    if (depth > db.longrunCount()) {
      throw CompiledDatabase.invalidDatabase(shownAs);
    }
    for (int m : db.service(n).producers()) {
      producers(m, depth + 1);
      out.append(db.service(m).name()).append(" | ").append(db.service(n).name()).append('\n');
    }
  }

  private void script(String name, boolean up) throws DbFailure {
    AtomicService s = atomic(name);
    if (s.isLongrun()) {
      throw wrongType(name, "represents a longrun service");
    }
    for (String word : s.script(up)) {
      out.append(word).append('\0');
    }
  }

  /** The atomic service {@code name}, or a failure naming it a bundle. */
  private AtomicService atomic(String name) throws DbFailure {
    int i = resolveService(name);
    if (db.typeOf(i) == ServiceType.BUNDLE) {
      throw wrongType(name, "represents a bundle");
    }
    return db.service(i);
  }

  /** The index of atomic service {@code name}, or {@code serviceCount()} for a bundle. */
  private int resolveService(String name) throws DbFailure {
    byte[] data = find(name);
    if (data.length != 4) {
      return db.serviceCount();
    }
    int x = index(data);
    return isOwnRecord(name, x) ? x : db.serviceCount();
  }

  /** Whether the one-member record {@code name → x} is service x's own entry rather than a bundle. */
  private boolean isOwnRecord(String name, int x) {
    return db.service(x).name().equals(name);
  }

  private int index(byte[] data) throws DbFailure {
    return db.members(data, shownAs).get(0);
  }

  private byte[] find(String name) throws DbFailure {
    Optional<byte[]> data;
    try {
      data = db.resolve().reader(shownAs).find(name);
    } catch (CdbReader.CdbFormatException e) {
      throw invalidCdb();
    }
    if (data.isEmpty()) {
      throw new DbFailure(DbFailure.UNKNOWN_NAME, name + " is not a valid identifier in " + shownAs);
    }
    return data.get();
  }

  private List<CdbReader.CdbRecord> records() throws DbFailure {
    try {
      return db.resolve().reader(shownAs).records();
    } catch (CdbReader.CdbFormatException e) {
      throw invalidCdb();
    }
  }

  private DbFailure invalidCdb() {
    return new DbFailure(DbFailure.CORRUPT, "invalid cdb in " + shownAs + "/resolve.cdb");
  }

  private DbFailure wrongType(String name, String what) {
    return new DbFailure(DbFailure.WRONG_TYPE, "in database " + shownAs + ": identifier " + name + " " + what);
  }
}
