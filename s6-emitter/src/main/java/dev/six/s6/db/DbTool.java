package dev.six.s6.db;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole of {@code s6-rc-db} 0.5.4.1: options, the command, reading the database and answering,
 * with its output, messages and exit statuses. {@link #run(List)} takes s6-rc-db's own argument
 * syntax (short options, clustered or not, up to the first non-option word); {@link #run(Options,
 * List)} takes options already parsed, for command lines that parse their own.
 */
public final class DbTool {
  /** Where s6-rc-db looks for the live state when {@code -l} is not given. */
  public static final String DEFAULT_LIVE = "/run/s6-rc";

  private final Path workingDirectory;
  private final OutputStream stdout;
  private final OutputStream stderr;

  /**
   * The options before the command.
   *
   * @param compiled the {@code -c} directory, or null for {@code LIVE/compiled}
   * @param live the {@code -l} directory
   * @param up {@code -u} (true, the default) or {@code -d}
   * @param blocking {@code -b}: wait for the database lock
   */
  public record Options(String compiled, String live, boolean up, boolean blocking) {
    public static Options defaults() {
      return new Options(null, DEFAULT_LIVE, true, false);
    }

    /** The directory to read, as messages name it. */
    public String compiledShown() {
      return compiled != null ? compiled : live + "/compiled";
    }
  }

  /** A tool resolving relative directories against {@code workingDirectory}. */
  public DbTool(Path workingDirectory, OutputStream stdout, OutputStream stderr) {
    this.workingDirectory = workingDirectory;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Runs s6-rc-db with {@code args} (without the program name); returns its exit status. */
  public int run(List<String> args) throws IOException {
    Options options = Options.defaults();
    int i = 0;
    try {
      // skalibs' getopt: options until the first word that is not one, "--" ends them, a lone
      // "-" is a word; options cluster ("-ud") and take their argument attached or next.
      scan:
      while (i < args.size()) {
        String a = args.get(i);
        if (a.equals("--")) {
          i++;
          break;
        }
        if (!a.startsWith("-") || a.length() == 1) {
          break;
        }
        if (a.startsWith("--")) {
          throw DbFailure.usage();
        }
        for (int p = 1; p < a.length(); p++) {
          char c = a.charAt(p);
          if (c == 'c' || c == 'l') {
            String value = p + 1 < a.length() ? a.substring(p + 1) : (++i < args.size() ? args.get(i) : null);
            if (value == null) {
              throw DbFailure.usage();
            }
            options = c == 'c' ? new Options(value, options.live(), options.up(), options.blocking())
                : new Options(options.compiled(), value, options.up(), options.blocking());
            i++;
            continue scan;
          }
          if (c == 'u' || c == 'd') {
            options = new Options(options.compiled(), options.live(), c == 'u', options.blocking());
          } else if (c == 'b') {
            options = new Options(options.compiled(), options.live(), options.up(), true);
          } else {
            throw DbFailure.usage();
          }
        }
        i++;
      }
    } catch (DbFailure usage) {
      return fail(usage);
    }
    return run(options, args.subList(i, args.size()));
  }

  /** Runs the command {@code words} (command word first) with parsed options. */
  public int run(Options options, List<String> words) throws IOException {
    try {
      DbRequest request = DbRequest.of(words, options.up());
      String output;
      if (request.verb() == DbRequest.Verb.HELP) {
        output = DbQuery.HELP;
      } else {
        String shown = options.compiledShown();
        CompiledDatabase db = CompiledDatabase.read(workingDirectory.resolve(shown), shown, options.blocking());
        output = new DbQuery(db, shown).run(request);
      }
      stdout.write(output.getBytes(StandardCharsets.ISO_8859_1));
      stdout.flush();
      return 0;
    } catch (DbFailure failure) {
      return fail(failure);
    }
  }

  private int fail(DbFailure failure) throws IOException {
    stderr.write(failure.line().getBytes(StandardCharsets.ISO_8859_1));
    stderr.flush();
    return failure.exitCode();
  }
}
