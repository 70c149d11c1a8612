package dev.six.s6.db;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The consistency checks of {@code s6-rc-db check}, in its order: the dependency and dependent
 * lists mirror each other, the dependency graph has no cycle, and every producer/consumer chain
 * is a proper funnel. Each check reports the first problem in s6-rc-db's search order, because the
 * names in its message depend on that order.
 */
public final class DatabaseCheck {
  private final CompiledDatabase db;

  public DatabaseCheck(CompiledDatabase db) {
    this.db = db;
  }

  /** The first problem, worded as s6-rc-db words it after "invalid service database in DIR: ". */
  public Optional<String> problem() {
    if (edgesMismatched()) {
      return Optional.of("direct and reverse dependencies are mismatched");
    }
    int[] cycle = dependencyCycle();
    if (cycle != null) {
      return Optional.of("dependency cycle reached from " + name(cycle[0]) + " and involving " + name(cycle[1]));
    }
    int[] pipe = new PipelineWalk().problem();
    if (pipe != null) {
      return Optional.of("pipeline " + (pipe[2] == 1 ? "cycle" : "collision") + " reached from " + name(pipe[0])
          + " and involving " + name(pipe[1]));
    }
    return Optional.empty();
  }

  /**
   * Whether some edge is listed on one side only. Each listing toggles a bit of the adjacency
   * matrix, so an edge listed twice on one side counts as missing, as in s6-rc-db.
   */
  boolean edgesMismatched() {
    int n = db.serviceCount();
    BitSet[] matrix = new BitSet[n];
    for (int i = 0; i < n; i++) {
      matrix[i] = new BitSet(n);
    }
    for (int i = 0; i < n; i++) {
      for (int j : db.service(i).dependencies()) {
        matrix[i].flip(j);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int k : db.service(i).dependents()) {
        matrix[k].flip(i);
      }
    }
    for (BitSet row : matrix) {
      if (!row.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A cycle as (root, service found on the current path): depth-first from the highest index
   * down, each service's dependencies from the last listed to the first.
   */
  int[] dependencyCycle() {
    int n = db.serviceCount();
    BitSet gray = new BitSet(n);
    BitSet black = new BitSet(n);
    for (int root = n - 1; root >= 0; root--) {
      int found = visit(root, gray, black);
      if (found >= 0) {
        return new int[] {root, found};
      }
    }
    return null;
  }

  private int visit(int i, BitSet gray, BitSet black) {
    if (black.get(i)) {
      return -1;
    }
    if (gray.get(i)) {
      return i;
    }
    gray.set(i);
    List<Integer> deps = db.service(i).dependencies();
    for (int k = deps.size() - 1; k >= 0; k--) {
      int found = visit(deps.get(k), gray, black);
      if (found >= 0) {
        return found;
      }
    }
    black.set(i);
    return -1;
  }

  private String name(int i) {
    return db.service(i).name();
  }

  /**
   * The funnel check: from every last consumer (a longrun with producers and no consumer), from
   * the highest index down, walk the producers; a service reached twice, a producer that is not a
   * longrun, or a producer naming another consumer is a problem. Longruns with producers that no
   * walk reached are in a cycle. Marks: 1 visited, 2 finished, 4 at fault.
   */
  private final class PipelineWalk {
    private final int nlong = db.longrunCount();
    private final byte[] mark = new byte[nlong];

    /** (reached from, involving, 1 for a cycle or 2 for a collision), or null. */
    int[] problem() {
      for (int i = nlong - 1; i >= 0; i--) {
        AtomicService s = db.service(i);
        if (s.consumer() < 0 && !s.producers().isEmpty()) {
          int j = walk(i);
          if (j < nlong) {
            return new int[] {i, j, (mark[j] & 4) != 0 ? 3 : (mark[j] & 2) != 0 ? 2 : 1};
          }
        }
      }
      for (int i = nlong - 1; i >= 0; i--) {
        AtomicService s = db.service(i);
        if (mark[i] == 0 && !s.producers().isEmpty()) {
          return new int[] {s.consumer() < 0 ? nlong : s.consumer(), i, 1};
        }
      }
      return null;
    }

    private int walk(int n) {
      if ((mark[n] & 3) != 0) {
        return n;
      }
      mark[n] |= 1;
      for (int j : db.service(n).producers()) {
        if (j >= nlong) {
          mark[n] |= 4;
          return n;
        }
        if (db.service(j).consumer() != n) {
          mark[j] |= 4;
          return j;
        }
        int r = walk(j);
        if (r < nlong) {
          return r;
        }
      }
      mark[n] |= 2;
      return nlong;
    }
  }
}
