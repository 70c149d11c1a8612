package dev.six.s6.compile;

import dev.six.s6.source.DefinitionDirectory;
import java.util.ArrayList;
import java.util.List;

/** What the sources say of one oneshot or longrun, before names are resolved. */
abstract class AtomicDraft {
  final String name;
  final int nameOffset;
  /** {@code null} for the compiler's own services. */
  final DefinitionDirectory definition;
  /** Its direct dependencies in the order s6-rc-compile resolves them; includes the implied ones. */
  final List<Listed> dependencies = new ArrayList<>();
  /** {@code SRC/NAME}, as messages name the definition. */
  String where;
  long timeoutDown;
  long timeoutUp;
  int flags;

  AtomicDraft(String name, int nameOffset, DefinitionDirectory definition) {
    this.name = name;
    this.nameOffset = nameOffset;
    this.definition = definition;
  }
}
