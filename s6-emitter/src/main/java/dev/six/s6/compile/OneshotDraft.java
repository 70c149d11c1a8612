package dev.six.s6.compile;

import dev.six.s6.source.DefinitionDirectory;

/** A oneshot before resolution: where its tokenised scripts start in the string table. */
final class OneshotDraft extends AtomicDraft {
  int upArgc;
  int upArgv;
  int downArgc;
  int downArgv;
  int reloadArgc;
  int reloadArgv;

  OneshotDraft(String name, int nameOffset, DefinitionDirectory definition) {
    super(name, nameOffset, definition);
  }
}
