package dev.six.s6.compile;

import dev.six.s6.source.SourceLocation;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Makes the bundle a last consumer's {@code pipeline-name} asks for: the whole funnel that feeds
 * it, found by walking producers from the consumer; walked from the highest longrun index down, as
 * s6-rc-compile does, which fixes the bundles' indices.
 */
final class PipelineBundles {
  private final Drafts drafts;

  PipelineBundles(Drafts drafts) {
    this.drafts = drafts;
  }

  void add() throws CompileError {
    for (int i = drafts.longruns.size() - 1; i >= 0; i--) {
      LongrunDraft last = drafts.longruns.get(i);
      if (last.pipelineName == null) {
        continue;
      }
      SourceLocation at = last.definition.locate("pipeline-name", last.pipelineName);
      SourceParser.checkIdentifier(Drafts.INTERNALS, last.pipelineName, last.definition, "pipeline-name", last.pipelineName);
      if (drafts.names.define(last.pipelineName, ServiceKind.BUNDLE) == null) {
        throw new CompileError(CompileError.SOURCE, NameTable.duplicateMessage(last.pipelineName, Drafts.INTERNALS,
            drafts.names.get(last.pipelineName)), at);
      }
      BundleDraft bundle = new BundleDraft(last.pipelineName, null);
      walk(bundle, last.name, at);
      drafts.bundles.add(bundle);
    }
  }

  /**
   * Adds the longrun {@code root} and, depth first, its producers and theirs; iterative, since a
   * producer loop walks as deep as there are longruns before it is caught.
   */
  private void walk(BundleDraft bundle, String root, SourceLocation at) throws CompileError {
    Deque<Object[]> stack = new ArrayDeque<>(); // {longrun name, its draft, next producer index}
    enter(bundle, root, at, stack);
    while (!stack.isEmpty()) {
      Object[] frame = stack.peek();
      LongrunDraft me = (LongrunDraft) frame[1];
      int next = (Integer) frame[2];
      if (next == me.producers.size()) {
        stack.pop();
        continue;
      }
      frame[2] = next + 1;
      String producer = me.producers.get(next);
      ServiceKind kind = drafts.names.get(producer).kind;
      if (kind != ServiceKind.LONGRUN) {
        throw new CompileError(CompileError.SOURCE, "longrun " + frame[0] + " declares a producer " + producer
            + " of type " + kind.word, me.definition.locate("consumer-for", producer));
      }
      enter(bundle, producer, at, stack);
    }
  }

  private void enter(BundleDraft bundle, String name, SourceLocation at, Deque<Object[]> stack) throws CompileError {
    if (bundle.contents.size() >= drafts.longruns.size()) {
      throw new CompileError(CompileError.SOURCE, "pipeline " + bundle.name
          + " is too long: possible loop involving " + name, at);
    }
    NameTable.Name entry = drafts.names.get(name);
    bundle.contents.add(new Listed(name, null, entry));
    stack.push(new Object[] {name, drafts.longruns.get(entry.index), 0});
  }
}
