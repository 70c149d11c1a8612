package dev.six.cli;

import dev.six.eval.runtime.EvalSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import java.util.function.BiConsumer;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options every Nix command accepts, taken off a command line before picocli reads the rest:
 * settings ({@code --option NAME VALUE}, and per setting {@code --NAME VALUE}, {@code --NAME} /
 * {@code --no-NAME} for a boolean, {@code --extra-NAME VALUE} for a list) and the logging and
 * building flags ({@code -v}, {@code --quiet}, {@code --debug}: the verbosity, {@code --log-format F},
 * {@code -Q}, {@code -K}, {@code -k}, {@code -j N}, {@code --repair}, and {@code --no-gc-warning}, which
 * silences the warning about results without a garbage-collector root).
 * Scripts written for {@code nix-instantiate} pass them; six keeps the settings that change an
 * evaluation ({@link #setting}) and accepts the rest, which only matter to building and logging.
 * A setting Nix does not know is kept with a warning, as Nix does; the command's own options, and
 * their values, are left as they are.
 */
final class NixCommonOptions implements IParameterPreprocessor {
  /** Flags without a value that only building reads (and {@code --repair}, which six's store never needs). */
  private static final List<String> FLAGS = List.of("-Q", "--no-build-output", "--repair");
  /** Nix's {@code lvlDebug}, what {@code --debug} sets the verbosity to. */
  private static final int DEBUG = 6;

  /** Settings given a value, by name (the last one given wins). */
  private final Map<String, String> settings = new LinkedHashMap<>();
  /** Values added to list settings with {@code extra-} since they were last given one. */
  private final Map<String, List<String>> extras = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();
  private boolean noGcWarning;
  private int verbosity = EvalSettings.INFO;
  /** Told of each of the command's own options met, with its values, in command-line order. */
  private final BiConsumer<String, List<String>> ownOptions;

  /** Nix's options, telling {@code ownOptions} of the command's own ones in the order given. */
  NixCommonOptions(BiConsumer<String, List<String>> ownOptions) {
    this.ownOptions = ownOptions;
  }

  @Override
  public boolean preprocess(Stack<String> args, CommandSpec spec, ArgSpec argSpec, Map<String, Object> info) {
    List<String> in = new ArrayList<>();
    while (!args.isEmpty()) {
      in.add(args.pop());
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      String arg = in.get(i);
      if (arg.equals("--")) {
        out.addAll(in.subList(i, in.size()));
        break;
      }
      if (arg.equals("--show-trace")) {
        set("show-trace", "true"); // also the command's own flag: recorded here, --no-show-trace may follow
      }
      Own own = ownOption(spec, arg);
      if (own != null) {
        // the command's own option, with its values (which may look like options), the first perhaps attached
        int arity = own.option().arity().max() == Integer.MAX_VALUE
            ? own.option().arity().min() : own.option().arity().max();
        int following = own.attached() == null ? arity : Math.max(0, arity - 1);
        int end = Math.min(in.size(), i + 1 + following);
        List<String> values = new ArrayList<>();
        if (own.attached() != null) {
          values.add(own.attached());
        }
        values.addAll(in.subList(i + 1, end));
        ownOptions.accept(own.name(), values);
        out.addAll(in.subList(i, end));
        i = end - 1;
        continue;
      }
      int taken = take(in, i);
      if (taken == 0) {
        out.add(arg);
      } else {
        i += taken - 1;
      }
    }
    for (int i = out.size() - 1; i >= 0; i--) {
      args.push(out.get(i));
    }
    return false;
  }

  /** One of the command's own options as written: its name, and a value written into the same argument. */
  private record Own(OptionSpec option, String name, String attached) {}

  /** The command's option {@code arg} is ({@code --arg=NAME}, {@code -j2} with their first value attached), or null. */
  private static Own ownOption(CommandSpec spec, String arg) {
    if (!arg.startsWith("-") || arg.length() < 2) {
      return null;
    }
    OptionSpec whole = spec.findOption(arg);
    if (whole != null) {
      return new Own(whole, arg, null);
    }
    int eq = arg.indexOf('=');
    String name = arg.startsWith("--") ? (eq > 0 ? arg.substring(0, eq) : null) : arg.substring(0, 2);
    OptionSpec option = name == null ? null : spec.findOption(name);
    if (option == null || option.arity().max() == 0 || arg.length() == name.length()) {
      return null;
    }
    return new Own(option, name, arg.substring(arg.startsWith("--") ? eq + 1 : 2));
  }

  /** How many arguments from {@code i} are one of Nix's options (taken and recorded), or 0. */
  private int take(List<String> in, int i) {
    String arg = in.get(i);
    boolean hasValue = i + 1 < in.size();
    if (FLAGS.contains(arg)) {
      return 1;
    }
    if (isVerbosity(arg) || arg.equals("--verbose")) {
      verbosity += arg.equals("--verbose") ? 1 : arg.length() - 1;
      return 1;
    }
    if (arg.equals("--quiet") || arg.equals("--debug")) {
      verbosity = arg.equals("--quiet") ? Math.max(0, verbosity - 1) : DEBUG;
      return 1;
    }
    if (arg.equals("--no-gc-warning")) {
      noGcWarning = true;
      return 1;
    }
    if (arg.equals("-K") || arg.equals("-k")) {
      set(arg.equals("-K") ? "keep-failed" : "keep-going", "true");
      return 1;
    }
    if (arg.equals("--log-format")) {
      return hasValue ? 2 : 0;
    }
    if (arg.equals("-j")) {
      if (!hasValue) {
        return 0;
      }
      set("max-jobs", in.get(i + 1));
      return 2;
    }
    if (arg.startsWith("-j") && !arg.startsWith("--")) {
      set("max-jobs", arg.substring(2));
      return 1;
    }
    if (arg.equals("--option")) {
      if (i + 2 >= in.size()) {
        return 0; // picocli reports the missing values
      }
      option(in.get(i + 1), in.get(i + 2));
      return 3;
    }
    if (!arg.startsWith("--")) {
      return 0;
    }
    String name = arg.substring(2);
    NixSettingNames.Kind kind = NixSettingNames.kind(name);
    if (kind == NixSettingNames.Kind.BOOL) {
      set(name, "true");
      return 1;
    }
    if (name.startsWith("no-") && NixSettingNames.kind(name.substring(3)) == NixSettingNames.Kind.BOOL) {
      set(name.substring(3), "false");
      return 1;
    }
    if (kind != null && hasValue) {
      set(name, in.get(i + 1));
      return 2;
    }
    if (name.startsWith("extra-") && NixSettingNames.kind(name.substring(6)) == NixSettingNames.Kind.LIST && hasValue) {
      append(name.substring(6), in.get(i + 1));
      return 2;
    }
    return 0;
  }

  /** {@code --option NAME VALUE}: a setting by its name, an old name, or {@code extra-} and a list's name. */
  private void option(String name, String value) {
    String canonical = NixSettingNames.canonical(name);
    if (canonical != null) {
      set(canonical, value);
    } else if (name.startsWith("extra-") && NixSettingNames.canonical(name.substring(6)) != null) {
      append(NixSettingNames.canonical(name.substring(6)), value);
    } else {
      warnings.add("warning: unknown setting '" + name + "'");
      set(name, value);
    }
  }

  /** {@code -v}, {@code -vv}, ...: more verbose logging (Nix splits {@code -vvv} into three {@code -v}). */
  private static boolean isVerbosity(String arg) {
    if (arg.length() < 2 || arg.charAt(0) != '-') {
      return false;
    }
    for (int i = 1; i < arg.length(); i++) {
      if (arg.charAt(i) != 'v') {
        return false;
      }
    }
    return true;
  }

  private void set(String name, String value) {
    settings.put(name, value);
    extras.remove(name);
  }

  private void append(String name, String value) {
    extras.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
  }

  /**
   * The settings given, as {@code --option} arguments for another Nix command ({@code NAME VALUE}
   * pairs, {@code extra-NAME VALUE} for additions), in the order of their names' first use.
   */
  List<String> asOptions() {
    List<String> out = new ArrayList<>();
    settings.forEach((name, value) -> {
      out.add(name);
      out.add(value);
    });
    extras.forEach((name, values) -> values.forEach(value -> {
      out.add("extra-" + name);
      out.add(value);
    }));
    return out;
  }

  /** The value given to setting {@code name}, or null when it keeps its default. */
  String setting(String name) {
    return settings.get(name);
  }

  /** The values {@code extra-NAME} added to list setting {@code name} after its value (or default). */
  List<String> extras(String name) {
    return extras.getOrDefault(name, List.of());
  }

  /** Whether setting {@code name} was given as true. */
  boolean isTrue(String name) {
    String value = settings.get(name);
    return value != null && (value.equals("true") || value.equals("yes") || value.equals("1"));
  }

  /** Nix's verbosity after {@code -v}, {@code --verbose}, {@code --quiet} and {@code --debug}, in order. */
  int verbosity() {
    return verbosity;
  }

  /** Whether {@code --no-gc-warning} silenced the warning about results without a garbage-collector root. */
  boolean noGcWarning() {
    return noGcWarning;
  }

  /** What Nix would warn about these options (unknown settings), one line each. */
  List<String> warnings() {
    return warnings;
  }
}
