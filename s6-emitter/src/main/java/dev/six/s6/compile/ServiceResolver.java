package dev.six.s6.compile;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Turns the drafts into the database: checks each longrun's producer/consumer handshake and
 * resolves every service's dependencies (bundles expanded), in s6-rc-compile's order; then checks
 * the graph for cycles and the pipelines for consistency, and lets bundles' flags reach their
 * members.
 */
final class ServiceResolver {
  private final Drafts drafts;
  private final BitSet[] bundleMembers;
  private final int longruns;
  private final int total;

  ServiceResolver(Drafts drafts, BitSet[] bundleMembers) {
    this.drafts = drafts;
    this.bundleMembers = bundleMembers;
    this.longruns = drafts.longruns.size();
    this.total = longruns + drafts.oneshots.size();
  }

  Database resolve() throws CompileError {
    BitSet[] forward = new BitSet[total];
    int[] consumers = new int[longruns];
    int[] producers = new int[drafts.producerCount];
    int[] producerStarts = new int[longruns];
    int producerIndex = 0;
    for (int i = 0; i < longruns; i++) {
      LongrunDraft d = drafts.longruns.get(i);
      consumers[i] = consumerOf(i, d);
      producerStarts[i] = producerIndex;
      for (String p : d.producers) {
        producers[producerIndex++] = producerOf(i, d, p);
      }
      forward[i] = dependencies(d);
    }
    for (int i = 0; i < drafts.oneshots.size(); i++) {
      forward[longruns + i] = dependencies(drafts.oneshots.get(i));
    }
    DependencyArrays arrays = new DependencyArrays(forward);
    int[] flags = flags();
    List<Database.Service> services = new ArrayList<>(total);
    for (int i = 0; i < total; i++) {
      AtomicDraft d = i < longruns ? drafts.longruns.get(i) : drafts.oneshots.get(i - longruns);
      int consumer = i < longruns ? consumers[i] : 0;
      int producerCount = i < longruns ? drafts.longruns.get(i).producers.size() : 0;
      OneshotDraft o = i < longruns ? null : (OneshotDraft) d;
      services.add(new Database.Service(d.name, d.nameOffset, flags[i], d.timeoutDown, d.timeoutUp,
          arrays.reverseCount(i), arrays.forwardCount(i), arrays.reverseStart(i), arrays.forwardStart(i),
          consumer, producerCount, i < longruns ? producerStarts[i] : 0,
          o == null ? 0 : o.downArgc, o == null ? 0 : o.downArgv, o == null ? 0 : o.upArgc, o == null ? 0 : o.upArgv,
          o == null ? 0 : o.reloadArgc, o == null ? 0 : o.reloadArgv));
    }
    List<Database.Bundle> bundles = new ArrayList<>();
    for (int b = 0; b < bundleMembers.length; b++) {
      bundles.add(new Database.Bundle(drafts.bundles.get(b).name, bundleMembers[b].stream().toArray()));
    }
    Database db = new Database(drafts.version, drafts.names.strings.toByteArray(), longruns, drafts.argvCount, services, bundles,
        arrays.reverse(), arrays.forward(), producers);
    new GraphChecks(db, drafts).check();
    return db;
  }

  private int consumerOf(int n, LongrunDraft d) throws CompileError {
    if (d.consumer == null) {
      return longruns;
    }
    NameTable.Name p = drafts.names.get(d.consumer);
    if (p.kind != ServiceKind.LONGRUN) {
      throw error("longrun service " + d.name + " declares being a producer for a service named " + d.consumer
          + " of type " + p.kind.word, d, "producer-for", d.consumer);
    }
    LongrunDraft consumer = drafts.longruns.get(p.index);
    for (String back : consumer.producers) {
      NameTable.Name q = drafts.names.get(back);
      if (q.kind != ServiceKind.LONGRUN) {
        throw error("longrun service " + d.consumer + " declares a consumer " + back + " of type " + q.kind.word,
            consumer, "consumer-for", back);
      }
      if (q.index == n) {
        return p.index;
      }
    }
    throw error("longrun service " + d.name + " declares being a producer for a service named " + d.consumer
        + " that does not declare it back", d, "producer-for", d.consumer);
  }

  private int producerOf(int n, LongrunDraft d, String producer) throws CompileError {
    NameTable.Name p = drafts.names.get(producer);
    if (p.kind != ServiceKind.LONGRUN) {
      throw error("longrun service " + d.name + " declares being the consumer for a service named " + producer
          + " of type " + p.kind.word, d, "consumer-for", producer);
    }
    LongrunDraft declared = drafts.longruns.get(p.index);
    // a producer without producer-for names the oneshot runner here, as s6-rc-compile's zero offset does
    String consumerName = declared.consumer == null ? Drafts.RUNNER : declared.consumer;
    NameTable.Name q = drafts.names.get(consumerName);
    if (q.kind != ServiceKind.LONGRUN) {
      throw error("longrun service " + producer + " declares a producer " + consumerName + " of type " + q.kind.word,
          declared, "producer-for", consumerName);
    }
    if (q.index != n) {
      throw error("longrun service " + d.name + " declares being the consumer for a service named " + producer
          + " that does not declare it back", d, "consumer-for", producer);
    }
    return p.index;
  }

  private BitSet dependencies(AtomicDraft d) throws CompileError {
    BitSet set = new BitSet(total);
    for (Listed dep : d.dependencies) {
      NameTable.Name n = dep.entry();
      switch (n.kind) {
        case ONESHOT:
          set.set(longruns + n.index);
          break;
        case LONGRUN:
          set.set(n.index);
          break;
        case BUNDLE:
          set.or(bundleMembers[n.index]);
          break;
        default:
          throw error("during dependency resolution for service " + d.name + ": undefined service name " + dep.name(),
              d, dep.file(), dep.name());
      }
    }
    return set;
  }

  /** Each service's own flags, with every bundle's flags added to its members. */
  private int[] flags() {
    int[] flags = new int[total];
    for (int i = 0; i < total; i++) {
      flags[i] = i < longruns ? drafts.longruns.get(i).flags : drafts.oneshots.get(i - longruns).flags;
    }
    for (int b = 0; b < bundleMembers.length; b++) {
      int bundleFlags = drafts.bundles.get(b).flags;
      BitSet members = bundleMembers[b];
      for (int m = bundleFlags == 0 ? -1 : members.nextSetBit(0); m >= 0; m = members.nextSetBit(m + 1)) {
        flags[m] |= bundleFlags;
      }
    }
    return flags;
  }

  private static CompileError error(String message, AtomicDraft d, String file, String listed) {
    return new CompileError(CompileError.SOURCE, message,
        d.definition == null ? null : d.definition.locate(file, listed));
  }
}
