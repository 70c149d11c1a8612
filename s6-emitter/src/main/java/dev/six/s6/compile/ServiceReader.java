package dev.six.s6.compile;

import dev.six.s6.source.DefinitionDirectory;
import dev.six.s6.source.ListFile;
import dev.six.s6.source.EntryKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one service definition directory into the drafts, as s6-rc-compile's parsing of a
 * {@code SRC/NAME} does, check for check and in the same order.
 */
final class ServiceReader {
  private final Drafts drafts;
  private final String source;
  private final String name;
  private final String where;
  private final DefinitionDirectory dir;

  ServiceReader(Drafts drafts, String source, String name, DefinitionDirectory dir) {
    this.drafts = drafts;
    this.source = source;
    this.name = name;
    this.where = source + "/" + name;
    this.dir = dir;
  }

  void read() throws CompileError {
    String type = SourceParser.readOptional(dir, where, "type", "read");
    if (type == null) {
      throw new CompileError(CompileError.SYSTEM, "unable to read " + where + "/type: " + SourceParser.noSuchFile(),
          dir.locate("type", null));
    }
    // s6-rc-compile reads at most 8 bytes and drops one final newline; 8 bytes without one are
    // invalid (0.7 says so; 0.5.4.1 runs past its buffer there)
    String word = type.length() > 8 ? type.substring(0, 8) : type;
    if (word.endsWith("\n")) {
      word = word.substring(0, word.length() - 1);
    } else if (word.length() == 8) {
      word = "";
    }
    int nul = word.indexOf('\0');
    if (nul >= 0) {
      word = word.substring(0, nul);
    }
    switch (word) {
      case "oneshot":
        readOneshot();
        break;
      case "longrun":
        readLongrun();
        break;
      case "bundle":
        readBundle();
        break;
      default:
        throw new CompileError(CompileError.SOURCE, "invalid " + where + "/type: must be oneshot, longrun, or bundle",
            dir.locate("type", null));
    }
  }

  private NameTable.Name define(ServiceKind kind) throws CompileError {
    NameTable.Name defined = drafts.names.define(name, kind);
    if (defined == null) {
      throw new CompileError(CompileError.SOURCE,
          NameTable.duplicateMessage(name, source, drafts.names.get(name)), dir.locate("type", null));
    }
    return defined;
  }

  private void readCommon(AtomicDraft d) throws CompileError {
    if (!readListDirectory("dependencies.d", d.dependencies)) {
      readListFile("dependencies", d.dependencies);
    }
    d.timeoutDown = timeout("timeout-down");
    d.timeoutUp = timeout("timeout-up");
    d.flags = flags();
  }

  private void readOneshot() throws CompileError {
    NameTable.Name n = define(ServiceKind.ONESHOT);
    OneshotDraft d = new OneshotDraft(name, n.stringOffset, dir);
    d.where = where;
    readCommon(d);
    if (drafts.version.hasReload()) {
      d.reloadArgv = drafts.names.strings.length();
      d.reloadArgc = script("reload", false);
    }
    d.upArgv = drafts.names.strings.length();
    d.upArgc = script("up", true);
    d.downArgv = drafts.names.strings.length();
    d.downArgc = script("down", false);
    d.dependencies.add(internal(Drafts.RUNNER));
    drafts.oneshots.add(d);
  }

  private void readLongrun() throws CompileError {
    NameTable.Name n = define(ServiceKind.LONGRUN);
    LongrunDraft d = new LongrunDraft(name, n.stringOffset, dir);
    d.where = where;
    readCommon(d);
    EntryKind run = kind("run");
    if (run == EntryKind.MISSING) {
      String message = "unable to find a run script in " + where + "/run";
      // s6-rc-compile 0.5.4.1 prints this one after an empty program name: "fatal: : unable to ..."
      throw new CompileError(CompileError.SOURCE, message, (drafts.version.hasRunScriptQuirk() ? ": " : "") + message,
          dir.locate("type", null), List.of());
    }
    if (run != EntryKind.REGULAR_FILE) {
      throw new CompileError(CompileError.SOURCE, where + "/run is not a regular file", dir.locate("run", null));
    }
    boolean producer = false;
    List<Listed> consumer = new ArrayList<>();
    if (readListFile("producer-for", consumer)) {
      if (consumer.size() != 1) {
        throw new CompileError(CompileError.SOURCE, where + "/producer-for should only contain one service name",
            dir.locate("producer-for", null));
      }
      d.consumer = consumer.get(0).name();
      d.dependencies.add(consumer.get(0));
      d.dependencies.add(internal(Drafts.FDHOLDER));
      producer = true;
    }
    List<Listed> producers = new ArrayList<>();
    boolean lastConsumer = false;
    if (readListFile("consumer-for", producers) && !producers.isEmpty()) {
      drafts.producerCount += producers.size();
      for (Listed p : producers) {
        d.producers.add(p.name());
      }
      if (!producer) {
        // a last consumer: the first producer's slot goes to the fd holder, the producer moves last
        d.producers.add(d.producers.remove(0));
        d.dependencies.add(internal(Drafts.FDHOLDER));
        lastConsumer = true;
      }
    }
    if (lastConsumer) {
      List<Listed> pipeline = new ArrayList<>();
      if (readListFile("pipeline-name", pipeline)) {
        if (pipeline.size() != 1) {
          throw new CompileError(CompileError.SOURCE, where + "/pipeline-name should only contain one name",
              dir.locate("pipeline-name", null));
        }
        d.pipelineName = pipeline.get(0).name();
      }
    } else if (SourceParser.exists(dir, "pipeline-name")) {
      drafts.warnings.add(where + " contains a pipeline-name file despite not being a last consumer; this file will be ignored");
    }
    drafts.longruns.add(d);
  }

  private void readBundle() throws CompileError {
    define(ServiceKind.BUNDLE);
    BundleDraft b = new BundleDraft(name, dir);
    if (!readListDirectory("contents.d", b.contents) && !readListFile("contents", b.contents)) {
      throw new CompileError(CompileError.SYSTEM, "unable to open " + where + "/contents: " + SourceParser.noSuchFile(),
          dir.locate("type", null));
    }
    b.flags = flags();
    drafts.bundles.add(b);
  }

  /** Reads list directory {@code file} into {@code out}; false when it does not exist. */
  private boolean readListDirectory(String file, List<Listed> out) throws CompileError {
    if (kind(file) == EntryKind.MISSING) {
      return false;
    }
    List<String> entries;
    try {
      entries = new ArrayList<>(dir.list(file));
    } catch (IOException e) {
      throw new CompileError(CompileError.SYSTEM, "unable to opendir " + where + "/" + file + ": " + e.getMessage(),
          dir.locate(file, null));
    }
    // readdir order is the file system's; sorting makes the first error reported reproducible
    entries.sort(null);
    for (String entry : entries) {
      if (!entry.startsWith(".")) {
        out.add(new Listed(entry, file, mention(entry, file)));
      }
    }
    return true;
  }

  /** Reads list file {@code file} into {@code out}; false when it does not exist. */
  private boolean readListFile(String file, List<Listed> out) throws CompileError {
    String text = SourceParser.readOptional(dir, where, file, "read");
    if (text == null) {
      return false;
    }
    for (String listed : ListFile.names(text)) {
      out.add(new Listed(listed, file, mention(listed, file)));
    }
    return true;
  }

  private NameTable.Name mention(String listed, String file) throws CompileError {
    SourceParser.checkIdentifier(name, listed, dir, file, listed);
    return drafts.names.mention(listed);
  }

  private Listed internal(String service) {
    return new Listed(service, null, drafts.names.get(service));
  }

  private long timeout(String file) throws CompileError {
    String text = SourceParser.readOptional(dir, where, file, "read");
    if (text == null) {
      return 0;
    }
    long value = DecimalFiles.timeout(text);
    if (value < 0) {
      throw new CompileError(CompileError.SOURCE, "invalid " + where + "/" + file, dir.locate(file, null));
    }
    return value;
  }

  private int flags() throws CompileError {
    int flags = SourceParser.exists(dir, "flag-essential") ? 1 : 0;
    if (drafts.version.hasRecommendedFlag() && SourceParser.exists(dir, "flag-recommended")) {
      flags |= 2;
    }
    return flags;
  }

  /** Tokenises script {@code file} into the string table; returns its word count. */
  private int script(String file, boolean mandatory) throws CompileError {
    String text = SourceParser.readOptional(dir, where, file, "parse");
    int argc = 0;
    if (text == null) {
      if (mandatory) {
        throw new CompileError(CompileError.SYSTEM, "unable to open " + where + "/" + file + ": " + SourceParser.noSuchFile(),
            dir.locate("type", null));
      }
    } else {
      List<String> words;
      try {
        words = ExeclineLexer.words(text);
      } catch (ExeclineSyntaxError e) {
        throw new CompileError(CompileError.SOURCE, "syntax error in " + where + "/" + file + e.suffix(),
            dir.locateInFile(file, e.line(), e.column()));
      }
      for (String w : words) {
        drafts.names.strings.add(w);
      }
      argc = words.size();
    }
    drafts.argvCount += argc + 1;
    return argc;
  }

  private EntryKind kind(String path) throws CompileError {
    try {
      return dir.kind(path);
    } catch (IOException e) {
      throw new CompileError(CompileError.SYSTEM, "unable to stat " + where + "/" + path + ": " + e.getMessage(),
          dir.locate(path, null));
    }
  }
}
