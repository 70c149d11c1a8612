package dev.six.s6.source;

import java.io.IOException;
import java.util.List;

/**
 * One source directory argument of {@code s6-rc-compile}: a set of service definition directories
 * under a label that messages name (the directory as given on the command line).
 */
public interface ServiceSource {

  /** How messages name this source ({@code SRC} in {@code SRC/NAME/type}). */
  String label();

  /** Its entries whose names do not start with {@code .}, in no particular order. */
  List<Entry> entries() throws IOException;

  /** The definition directory of the entry {@code name} (which {@link #entries} listed as a directory). */
  DefinitionDirectory definition(String name);

  /** Where the source itself is, for errors about the source as a whole. */
  SourceLocation location();

  /** A directory entry: its name and whether it is a directory once symbolic links are followed. */
  record Entry(String name, boolean directory) {}
}
