package dev.six.s6.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything read from the sources, before names are resolved: the names, the atomic services in
 * index order (longruns, oneshots) and the bundles in definition order, plus the warnings so far.
 */
final class Drafts {
  static final String RUNNER = "s6rc-oneshot-runner";
  static final String FDHOLDER = "s6rc-fdholder";
  static final String INTERNALS = "s6-rc-compile internals";

  final NameTable names = new NameTable();
  final List<LongrunDraft> longruns = new ArrayList<>();
  final List<OneshotDraft> oneshots = new ArrayList<>();
  final List<BundleDraft> bundles = new ArrayList<>();
  final List<String> warnings;
  final RcVersion version;
  /** Σ over oneshots and their scripts of (argc + 1). */
  int argvCount;
  /** Σ over longruns of the length of {@code consumer-for}. */
  int producerCount;

  Drafts(List<String> warnings, RcVersion version) {
    this.warnings = warnings;
    this.version = version;
    for (String internal : List.of(RUNNER, FDHOLDER)) {
      NameTable.Name n = names.define(internal, ServiceKind.LONGRUN);
      LongrunDraft d = new LongrunDraft(internal, n.stringOffset, null);
      d.flags = version.hasRecommendedFlag() ? 1 : 0; // essential from 0.7 on
      longruns.add(d);
    }
  }
}
