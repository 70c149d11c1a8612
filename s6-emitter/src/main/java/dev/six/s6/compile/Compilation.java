package dev.six.s6.compile;

import java.util.List;

/**
 * A compiled database before it is written: the database, the longruns whose service directories
 * will be generated from their definitions, and the warnings so far (writing may add some).
 */
public final class Compilation {
  private final Database database;
  private final List<LongrunDraft> longruns;
  private final List<String> warnings;

  Compilation(Database database, List<LongrunDraft> longruns, List<String> warnings) {
    this.database = database;
    this.longruns = longruns;
    this.warnings = warnings;
  }

  public Database database() {
    return database;
  }

  /** Warnings in s6-rc-compile's words, without its {@code s6-rc-compile: warning: } prefix. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  List<LongrunDraft> longrunDrafts() {
    return longruns;
  }

  List<String> mutableWarnings() {
    return warnings;
  }
}
