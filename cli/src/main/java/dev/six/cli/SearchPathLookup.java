package dev.six.cli;

import dev.six.eval.error.NixError;
import dev.six.eval.runtime.Evaluator;
import java.util.List;

/** {@code six instantiate --find-file}: prints where each name is found in the search path. */
final class SearchPathLookup {
  private final EvalFlags flags;
  private final Terminal terminal;

  SearchPathLookup(EvalFlags flags, Terminal terminal) {
    this.flags = flags;
    this.terminal = terminal;
  }

  int print(List<String> names) {
    Evaluator evaluator = flags.evaluator(terminal);
    try {
      for (String name : names) {
        terminal.stdout().print(FileArguments.findInSearchPath(evaluator, SourceInput.bytewise(name)) + "\n");
      }
      return 0;
    } catch (NixError e) {
      terminal.stdout().flush();
      terminal.stderr().print(EvalErrorRenderer.render(e, flags.showTrace()));
      return 1;
    }
  }
}
