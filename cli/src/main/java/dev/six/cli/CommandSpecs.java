package dev.six.cli;

import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Range;

/**
 * The commands' options, described in code for picocli. picocli can read them from annotations,
 * but that costs every run about 60 ms of reflection and annotation proxies before anything is
 * evaluated ({@code six eval 1}: 0.19–0.21 s with annotations, 0.11–0.16 s without); these
 * builders bind each option to its command's field through a setter instead.
 * Nothing is set for an option that is not given: the fields' own initial values stand.
 */
final class CommandSpecs {
  private CommandSpecs() {}

  /**
   * A command with {@code -h}/{@code --help} and {@code -V}/{@code --version}, its options listed in
   * the order they are added. {@code command} is what picocli runs: a {@code Callable<Integer>}.
   */
  static CommandSpec command(Object command, String name, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name).versionProvider(new VersionProvider());
    spec.usageMessage().description(description).sortOptions(false);
    return spec;
  }

  /** Adds the help and version options; call it last, so that they end the list of options. */
  static CommandSpec withHelp(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).hasInitialValue(false)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).hasInitialValue(false)
        .description("Print version information and exit.").build());
    return spec;
  }

  /** An option without a value: {@code set} gets {@code true} when it is given. */
  static OptionSpec flag(Consumer<Boolean> set, String description, String... names) {
    return OptionSpec.builder(names).type(boolean.class).arity("0").description(description)
        .hasInitialValue(false).setter(setter(set)).build();
  }

  /** An option with one value, converted to {@code type}; a later one replaces an earlier one. */
  static <T> OptionSpec value(Class<T> type, Consumer<T> set, String label, String description, String... names) {
    return OptionSpec.builder(names).type(type).arity("1").paramLabel(label).description(description)
        .hasInitialValue(false).setter(setter(set)).build();
  }

  /** A string option with one value. */
  static OptionSpec value(Consumer<String> set, String label, String description, String... names) {
    return value(String.class, set, label, description, names);
  }

  /**
   * A repeatable option whose {@code arity} values (1, or 2 for {@code NAME VALUE} pairs) go, one
   * occurrence after another, to the end of {@code target}. {@code label} names them all, and usage
   * shows it as given ({@code --arg=NAME EXPR}), not once per value.
   */
  static OptionSpec repeatable(List<String> target, int arity, String label, String description, String... names) {
    ListBinding binding = new ListBinding(target);
    return OptionSpec.builder(names).type(List.class).auxiliaryTypes(String.class).arity(String.valueOf(arity))
        .paramLabel(label).hideParamSyntax(true).description(description).hasInitialValue(false).getter(binding)
        .setter(binding).build();
  }

  /** The positional parameters, {@code arity} of them ("0..*", "1..*", ...), appended to {@code target}. */
  static PositionalParamSpec positionals(List<String> target, String arity, String label, String description) {
    ListBinding binding = new ListBinding(target);
    return PositionalParamSpec.builder().type(List.class).auxiliaryTypes(String.class).arity(arity)
        .required(Range.valueOf(arity).min() > 0).paramLabel(label).description(description)
        .hasInitialValue(false).getter(binding).setter(binding).build();
  }

  /** At most one positional parameter. */
  static PositionalParamSpec optionalPositional(Consumer<String> set, String label, String description) {
    return PositionalParamSpec.builder().type(String.class).arity("0..1").paramLabel(label).description(description)
        .hasInitialValue(false).setter(setter(set)).build();
  }

  /** A value picocli gives, handed to {@code set}. */
  static <V> ISetter setter(Consumer<V> set) {
    return new ISetter() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> T set(T value) {
        set.accept((V) value);
        return null;
      }
    };
  }

  /**
   * A command's list as picocli's collection for an option: picocli adds to the list the getter
   * gives, or makes a new one on the first occurrence, which the setter copies into the command's.
   */
  private static final class ListBinding implements IGetter, ISetter {
    private final List<String> target;

    ListBinding(List<String> target) {
      this.target = target;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) target;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(T value) {
      if (value != target) {
        target.clear();
        target.addAll((List<String>) value);
      }
      return null;
    }
  }
}
