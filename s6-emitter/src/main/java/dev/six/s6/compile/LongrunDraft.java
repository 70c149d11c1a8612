package dev.six.s6.compile;

import dev.six.s6.source.DefinitionDirectory;
import java.util.ArrayList;
import java.util.List;

/** A longrun before resolution: its pipeline declarations as written. */
final class LongrunDraft extends AtomicDraft {
  /** The one name of {@code producer-for}, or {@code null}. */
  String consumer;
  /** {@code consumer-for} in the order the database stores producers (a last consumer's first moves last). */
  final List<String> producers = new ArrayList<>();
  /** {@code pipeline-name}, honoured on a last consumer only. */
  String pipelineName;

  LongrunDraft(String name, int nameOffset, DefinitionDirectory definition) {
    super(name, nameOffset, definition);
  }
}
