package dev.six.cli;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.print.ValuePrinter;
import dev.six.eval.runtime.DeepForce;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.value.Value;

/** How {@code six instantiate --eval} prints a value: Nix's plain format, JSON or XML. */
final class ValueOutput {
  private final Evaluator evaluator;
  private final boolean strict;
  private final boolean json;
  private final boolean xml;
  private final boolean locations;

  ValueOutput(Evaluator evaluator, boolean strict, boolean json, boolean xml, boolean locations) {
    this.evaluator = evaluator;
    this.strict = strict;
    this.json = json;
    this.xml = xml;
    this.locations = locations;
  }

  String render(Value value) {
    if (json || xml) {
      throw new EvalError(ErrorKind.NOT_AVAILABLE, (json ? "--json" : "--xml") + " output is not available yet", null);
    }
    return evaluator.run(() -> {
      if (strict) {
        DeepForce.force(evaluator.state(), value);
      }
      return ValuePrinter.print(evaluator.state(), value, true);
    });
  }
}
