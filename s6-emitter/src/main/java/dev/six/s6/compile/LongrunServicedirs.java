package dev.six.s6.compile;

import dev.six.s6.source.EntryKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The service directory of each user longrun: its {@code run} and {@code finish} (behind a
 * wrapper that fetches its pipes from the fd holder when it is in a pipeline), its numeric files
 * normalised, {@code down-signal}, and copies of {@code template/}, {@code data/} and {@code env/},
 * with s6-rc-compile's checks of this phase (fd clashes, non-directories) and warnings.
 */
final class LongrunServicedirs {
  private final TreeOutput out;
  private final CompileOptions options;
  private final List<String> warnings;

  LongrunServicedirs(TreeOutput out, CompileOptions options, List<String> warnings) {
    this.out = out;
    this.options = options;
    this.warnings = warnings;
  }

  /**
   * Writes every user longrun's directory. They are independent, so they are written in parallel
   * (a database has hundreds, and file creation waits on the disk); what s6-rc-compile would say
   * is then replayed in index order: the warnings of every service up to the first that fails,
   * and that failure.
   */
  void write(Database db, List<LongrunDraft> longruns) throws IOException, CompileError {
    int n = db.longruns();
    List<List<String>> said = new ArrayList<>(Collections.nCopies(n, null));
    Exception[] failed = new Exception[n];
    IntStream.range(2, n).parallel().forEach(i -> {
      List<String> mine = new ArrayList<>();
      said.set(i, mine);
      try {
        new LongrunServicedirs(out, options, mine).write(db, i, longruns.get(i));
      } catch (IOException | CompileError | RuntimeException e) {
        failed[i] = e;
      }
    });
    for (int i = 2; i < n; i++) {
      warnings.addAll(said.get(i));
      if (failed[i] instanceof CompileError e) {
        throw e;
      } else if (failed[i] instanceof IOException e) {
        throw e;
      } else if (failed[i] instanceof RuntimeException e) {
        throw e;
      }
    }
  }

  private void write(Database db, int i, LongrunDraft d) throws IOException, CompileError {
    Database.Service s = db.services().get(i);
    boolean pipelined = s.producerCount() > 0 || s.consumer() < db.longruns();
    String dir = "servicedirs/" + s.name();
    out.directory(dir);
    for (String script : new String[] {"finish", "run"}) {
      String text = copyOf(d, script);
      if (text == null) {
        continue;
      }
      if (pipelined) {
        out.file(dir + "/" + script, wrapper(db, s, script), TreeOutput.EXECUTABLE);
        out.file(dir + "/" + script + ".user", text, TreeOutput.EXECUTABLE);
      } else {
        out.file(dir + "/" + script, text, TreeOutput.EXECUTABLE);
      }
    }
    long notification = number(d, dir, "notification-fd");
    long fdNotification = 0;
    if (notification >= 0 && notification < 3) {
      warnings.add("longrun " + s.name() + " has a notification-fd of " + notification);
    } else if (notification >= 3) {
      fdNotification = notification;
    }
    long lock = number(d, dir, "lock-fd");
    if (lock >= 0 && lock < 3) {
      warnings.add("longrun " + s.name() + " has a lock-fd of " + lock);
    } else if (lock >= 3 && lock == fdNotification) {
      throw new CompileError(CompileError.SOURCE, "longrun " + s.name()
          + " has the same value for notification-fd and lock-fd", d.definition.locate("lock-fd", null));
    }
    number(d, dir, "timeout-kill");
    boolean newer = db.version().hasNewerServicedirFiles();
    if (newer) {
      flagFile(d, dir, "flag-timeout-killpg");
    }
    number(d, dir, "timeout-finish");
    number(d, dir, "max-death-tally");
    signalFile(d, dir, "down-signal");
    if (newer) {
      signalFile(d, dir, "reload-signal");
      flagFile(d, dir, "flag-newpidns");
    }
    if (copyDirectory(d, dir, "template")) {
      out.directory(dir + "/instances");
      out.directory(dir + "/instance");
    }
    copyDirectory(d, dir, "data");
    copyDirectory(d, dir, "env");
  }

  /**
   * A signal name file, copied as it is; s6-rc-compile creates the copy before reading, so a
   * directory there leaves an empty file.
   */
  private void signalFile(LongrunDraft d, String dir, String file) throws IOException {
    String text;
    try {
      text = d.definition.read(file);
    } catch (IOException unreadable) {
      text = d.definition.kind(file) == EntryKind.DIRECTORY ? "" : null;
    }
    if (text != null) {
      out.file(dir + "/" + file, text, TreeOutput.FILE);
    }
  }

  /** A flag file: its presence is what counts, so the copy is empty whatever the source holds. */
  private void flagFile(LongrunDraft d, String dir, String file) throws IOException {
    if (d.definition.kind(file) != EntryKind.MISSING) {
      out.file(dir + "/" + file, "", TreeOutput.FILE);
    }
  }

  private String copyOf(LongrunDraft d, String script) throws CompileError {
    try {
      return d.definition.read(script);
    } catch (IOException e) {
      throw new CompileError(CompileError.SYSTEM, "unable to copy " + d.where + "/" + script + ": " + e.getMessage(),
          d.definition.locate(script, null));
    }
  }

  /** s6-rc-compile's wrapper around a pipelined longrun's {@code run} or {@code finish}. */
  private String wrapper(Database db, Database.Service s, String script) {
    InstallPrefixes p = options.prefixes();
    StringBuilder w = new StringBuilder("#!").append(p.shebangDir()).append("execlineb -S0\n");
    if (s.producerCount() > 0) {
      w.append(p.s6Bin()).append("s6-fdholder-retrieve ../s6rc-fdholder/s \"pipe:s6rc-r-")
          .append(SkalibsQuote.nodelim(s.name())).append("\"\n");
    }
    if (s.consumer() < db.longruns()) {
      w.append(p.execlineBin()).append("fdmove 1 0\n")
          .append(p.s6Bin()).append("s6-fdholder-retrieve ../s6rc-fdholder/s \"pipe:s6rc-w-")
          .append(SkalibsQuote.nodelim(db.services().get(s.consumer()).name())).append("\"\n")
          .append(p.execlineBin()).append("fdswap 0 1\n");
    }
    return w.append("./").append(script).append(".user $@\n").toString();
  }

  /** Copies a number file normalised to {@code "%u\n"}; returns its value, or -1 when absent. */
  private long number(LongrunDraft d, String dir, String file) throws IOException, CompileError {
    String text;
    try {
      text = d.definition.read(file);
    } catch (IOException e) {
      throw new CompileError(CompileError.SYSTEM, "unable to read " + d.where + "/" + file + ": " + e.getMessage(),
          d.definition.locate(file, null));
    }
    if (text == null) {
      return -1;
    }
    long value = DecimalFiles.unsigned(text);
    if (value < 0) {
      throw new CompileError(CompileError.SYSTEM, "unable to read " + d.where + "/" + file + ": Invalid argument",
          d.definition.locate(file, null));
    }
    out.file(dir + "/" + file, value + "\n", TreeOutput.FILE);
    return value;
  }

  private boolean copyDirectory(LongrunDraft d, String dir, String name) throws IOException, CompileError {
    EntryKind kind = d.definition.kind(name);
    if (kind == EntryKind.MISSING) {
      return false;
    }
    if (kind != EntryKind.DIRECTORY) {
      throw new CompileError(CompileError.SOURCE, d.where + "/" + name + " is not a directory",
          d.definition.locate(name, null));
    }
    if (out.writes()) {
      d.definition.copyTree(name, out.path(dir + "/" + name));
    }
    return true;
  }
}
