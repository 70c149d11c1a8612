package dev.six.s6.compile;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;

/**
 * Resolves every bundle to its set of atomic services (bundles inside bundles flattened), with
 * s6-rc-compile's depth-first order, so an undefined name or a cycle is reported as it would be.
 */
final class BundleResolver {
  private final Drafts drafts;
  private final int longruns;
  private final BitSet[] members;
  private final byte[] mark;

  BundleResolver(Drafts drafts) {
    this.drafts = drafts;
    this.longruns = drafts.longruns.size();
    this.members = new BitSet[drafts.bundles.size()];
    this.mark = new byte[drafts.bundles.size()];
  }

  BitSet[] resolve() throws CompileError {
    for (int i = 0; i < members.length; i++) {
      resolveFrom(i);
    }
    return members;
  }

  private void resolveFrom(int source) throws CompileError {
    Deque<int[]> stack = new ArrayDeque<>(); // {bundle, next content index}
    if (!enter(source, source)) {
      return;
    }
    stack.push(new int[] {source, 0});
    while (!stack.isEmpty()) {
      int[] frame = stack.peek();
      BundleDraft me = drafts.bundles.get(frame[0]);
      if (frame[1] == me.contents.size()) {
        mark[frame[0]] |= 2;
        stack.pop();
        if (!stack.isEmpty()) {
          members[stack.peek()[0]].or(members[frame[0]]);
        }
        continue;
      }
      Listed content = me.contents.get(frame[1]++);
      NameTable.Name n = content.entry();
      switch (n.kind) {
        case ONESHOT:
          members[frame[0]].set(longruns + n.index);
          break;
        case LONGRUN:
          members[frame[0]].set(n.index);
          break;
        case BUNDLE:
          if (enter(n.index, source)) {
            stack.push(new int[] {n.index, 0});
          } else {
            members[frame[0]].or(members[n.index]);
          }
          break;
        default:
          throw new CompileError(CompileError.SOURCE, "during resolution of bundle " + me.name
              + ": undefined service name " + content.name(), locate(me, content));
      }
    }
  }

  /** Starts resolving {@code i}; false when it is already resolved. */
  private boolean enter(int i, int source) throws CompileError {
    if ((mark[i] & 2) != 0) {
      return false;
    }
    BundleDraft me = drafts.bundles.get(i);
    if ((mark[i] & 1) != 0) {
      BundleDraft from = drafts.bundles.get(source);
      throw new CompileError(CompileError.SOURCE, "cyclic bundle definition: resolution of " + from.name
          + " encountered a cycle involving " + me.name, from.definition == null ? null : from.definition.locate("type", null));
    }
    mark[i] |= 1;
    members[i] = new BitSet();
    return true;
  }

  private static dev.six.s6.source.SourceLocation locate(BundleDraft b, Listed l) {
    return b.definition == null ? null : b.definition.locate(l.file(), l.name());
  }

}
