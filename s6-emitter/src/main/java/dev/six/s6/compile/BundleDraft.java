package dev.six.s6.compile;

import dev.six.s6.source.DefinitionDirectory;
import java.util.ArrayList;
import java.util.List;

/** A bundle before resolution: its contents as written (or a pipeline's members). */
final class BundleDraft {
  final String name;
  /** {@code null} for a pipeline's bundle, which the compiler makes. */
  final DefinitionDirectory definition;
  final List<Listed> contents = new ArrayList<>();
  int flags;

  BundleDraft(String name, DefinitionDirectory definition) {
    this.name = name;
    this.definition = definition;
  }
}
