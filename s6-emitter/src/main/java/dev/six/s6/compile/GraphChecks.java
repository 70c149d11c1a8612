package dev.six.s6.compile;

import dev.six.s6.source.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;

/**
 * The checks s6-rc-compile runs on the finished graph: no dependency cycle (a depth-first search
 * from the highest index down, each service's dependencies from the highest down, naming the root
 * and the service found on the current path) and consistent pipelines.
 */
final class GraphChecks {
  private final Database db;
  private final Drafts drafts;

  GraphChecks(Database db, Drafts drafts) {
    this.db = db;
    this.drafts = drafts;
  }

  void check() throws CompileError {
    checkCycles();
    checkPipelines();
  }

  private void checkCycles() throws CompileError {
    int n = db.services().size();
    boolean[] gray = new boolean[n];
    boolean[] black = new boolean[n];
    Deque<int[]> stack = new ArrayDeque<>(); // {service, dependencies left}
    for (int root = n - 1; root >= 0; root--) {
      if (black[root]) {
        continue;
      }
      gray[root] = true;
      stack.push(new int[] {root, db.services().get(root).forwardCount()});
      while (!stack.isEmpty()) {
        int[] frame = stack.peek();
        if (frame[1] == 0) {
          black[frame[0]] = true;
          stack.pop();
          continue;
        }
        Database.Service s = db.services().get(frame[0]);
        int dep = db.forwardDependencies()[s.forwardStart() + --frame[1]];
        if (black[dep]) {
          continue;
        }
        if (gray[dep]) {
          throw new CompileError(CompileError.SOURCE, "cyclic service dependency reached from "
              + db.services().get(root).name() + " and involving " + db.services().get(dep).name(),
              edgeLocation(frame[0], dep), cycle(stack, dep));
        }
        gray[dep] = true;
        stack.push(new int[] {dep, db.services().get(dep).forwardCount()});
      }
    }
  }

  /** The cycle closed by the edge from the top of {@code stack} to {@code dep}: each edge, in order. */
  private List<CompileError.Note> cycle(Deque<int[]> stack, int dep) {
    List<Integer> path = new ArrayList<>();
    for (int[] frame : stack) {
      path.add(0, frame[0]); // the deque iterates from the top
      if (frame[0] == dep) {
        break;
      }
    }
    List<CompileError.Note> notes = new ArrayList<>();
    for (int k = 0; k < path.size(); k++) {
      int from = path.get(k);
      int to = k + 1 < path.size() ? path.get(k + 1) : dep;
      notes.add(new CompileError.Note(db.services().get(from).name() + " depends on " + db.services().get(to).name(),
          edgeLocation(from, to)));
    }
    return notes;
  }

  private void checkPipelines() throws CompileError {
    int nlong = db.longruns();
    byte[] mark = new byte[nlong];
    for (int i = nlong - 1; i >= 0; i--) {
      Database.Service s = db.services().get(i);
      if (s.consumer() >= nlong && s.producerCount() > 0) {
        int j = walkProducers(mark, i);
        if (j < nlong) {
          String kind = (mark[j] & 4) != 0 || (mark[j] & 2) != 0 ? "longrun pipeline collision" : "cyclic longrun pipeline";
          throw pipelineError(kind, i, j);
        }
      }
    }
    for (int i = nlong - 1; i >= 0; i--) {
      Database.Service s = db.services().get(i);
      if (mark[i] == 0 && s.producerCount() > 0) {
        throw pipelineError("cyclic longrun pipeline", s.consumer(), i);
      }
    }
  }

  /** s6-rc's walk of a consumer's producers; returns the offending service, or {@code nlong}. */
  private int walkProducers(byte[] mark, int n) {
    int nlong = db.longruns();
    if ((mark[n] & 3) != 0) {
      return n;
    }
    mark[n] |= 1;
    Database.Service s = db.services().get(n);
    for (int k = 0; k < s.producerCount(); k++) {
      int j = db.producers()[s.producerStart() + k];
      if (j >= nlong) {
        mark[n] |= 4;
        return n;
      }
      if (db.services().get(j).consumer() != n) {
        mark[j] |= 4;
        return j;
      }
      int r = walkProducers(mark, j);
      if (r < nlong) {
        return r;
      }
    }
    mark[n] |= 2;
    return nlong;
  }

  private CompileError pipelineError(String kind, int left, int right) {
    String leftName = left < db.services().size() ? db.services().get(left).name() : "?";
    return new CompileError(CompileError.SOURCE, kind + " reached from " + leftName + " and involving "
        + db.services().get(right).name(), locationOf(right, "consumer-for", null));
  }

  /** Where {@code from} declares its dependency on {@code to}, as closely as the drafts tell. */
  private SourceLocation edgeLocation(int from, int to) {
    AtomicDraft d = draft(from);
    if (d == null || d.definition == null) {
      return null;
    }
    String toName = db.services().get(to).name();
    for (Listed l : d.dependencies) {
      if (l.name().equals(toName) && l.file() != null) {
        return d.definition.locate(l.file(), l.name());
      }
    }
    // through a bundle, or an implied edge: the first dependency that could carry it
    for (Listed l : d.dependencies) {
      if (l.file() != null) {
        return d.definition.locate(l.file(), l.name());
      }
    }
    return d.definition.locate("type", null);
  }

  private SourceLocation locationOf(int i, String file, String listed) {
    AtomicDraft d = draft(i);
    return d == null || d.definition == null ? null : d.definition.locate(file, listed);
  }

  private AtomicDraft draft(int i) {
    return i < db.longruns() ? drafts.longruns.get(i) : drafts.oneshots.get(i - db.longruns());
  }
}
