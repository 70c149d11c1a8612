package dev.six.s6.compile;

import dev.six.s6.source.DefinitionDirectory;
import dev.six.s6.source.EntryKind;
import dev.six.s6.source.ServiceSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The first phase of s6-rc-compile: reads every source, in order, into {@link Drafts}, with its
 * checks in its order (names, types, list files, scripts, timeouts, run files, pipeline files), so
 * the first error is the one s6-rc-compile would report.
 */
final class SourceParser {
  private static final String NO_SUCH_FILE = "No such file or directory";

  private final Drafts drafts;

  SourceParser(Drafts drafts) {
    this.drafts = drafts;
  }

  void parse(ServiceSource source) throws CompileError {
    String label = source.label();
    List<String> names = new ArrayList<>();
    List<ServiceSource.Entry> entries;
    try {
      entries = source.entries();
    } catch (IOException e) {
      throw new CompileError(CompileError.SYSTEM, "unable to opendir " + label + ": " + e.getMessage(), source.location());
    }
    for (ServiceSource.Entry entry : entries) {
      String name = entry.name();
      if (name.startsWith(".")) {
        continue;
      }
      if (name.indexOf('\n') >= 0) {
        throw new CompileError(CompileError.SOURCE, "subdirectory of " + label + " contains a newline character",
            source.location());
      }
      checkIdentifier(label, name, source.definition(name), "type", null);
      if (entry.directory()) {
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      drafts.warnings.add("source " + label + " is empty");
      return;
    }
    names.sort(null); // String order is byte order: one char per byte
    for (String name : names) {
      new ServiceReader(drafts, label, name, source.definition(name)).read();
    }
  }

  /** s6-rc-compile's check for the names it reserves for itself. */
  static void checkIdentifier(String where, String name, DefinitionDirectory definition, String file,
      String listed) throws CompileError {
    if (name.startsWith("s6rc-") || name.startsWith("s6-rc-")) {
      throw new CompileError(CompileError.SOURCE, "in " + where + ": identifier " + name + " starts with reserved prefix",
          definition == null ? null : definition.locate(file, listed));
    }
  }

  /** {@code path} of a definition, or {@code null} when it does not exist; other failures are s6-rc-compile's exit 111. */
  static String readOptional(DefinitionDirectory d, String where, String path, String verb) throws CompileError {
    try {
      return d.read(path);
    } catch (IOException e) {
      throw new CompileError(CompileError.SYSTEM, "unable to " + verb + " " + where + "/" + path + ": " + e.getMessage(),
          d.locate(path, null));
    }
  }

  static boolean exists(DefinitionDirectory d, String path) throws CompileError {
    try {
      return d.kind(path) != EntryKind.MISSING;
    } catch (IOException e) {
      throw new CompileError(CompileError.SYSTEM, "unable to access " + path + ": " + e.getMessage(), d.locate(path, null));
    }
  }

  static String noSuchFile() {
    return NO_SUCH_FILE;
  }
}
