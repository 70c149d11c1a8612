package dev.six.cli;

import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.value.NixPath;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import dev.six.grammar.desugar.PathNames;

/**
 * A file argument as {@code nix-instantiate} reads it ({@code lookupFileArg}): {@code <p>} is looked
 * up in the search path, anything else is a path made absolute against the working directory.
 */
final class FileArguments {
  private FileArguments() {}

  static String resolve(Evaluator evaluator, String argument, String cwd) {
    String arg = SourceInput.bytewise(argument);
    if (arg.length() > 2 && arg.startsWith("<") && arg.endsWith(">")) {
      return findInSearchPath(evaluator, arg.substring(1, arg.length() - 1));
    }
    return PathNames.absolute(arg, SourceInput.bytewise(cwd));
  }

  /** Where {@code <name>} is found, as {@code builtins.findFile builtins.nixPath name} says. */
  static String findInSearchPath(Evaluator evaluator, String name) {
    return evaluator.run(() -> {
      EvalState st = evaluator.state();
      Value findFile = st.force(st.globals().get(Symbol.of("__findFile")));
      Value nixPath = st.globals().get(Symbol.of("__nixPath"));
      Value found = st.call(st.call(findFile, nixPath, null), NixString.of(name), null);
      return ((NixPath) st.force(found)).path;
    });
  }
}
