package dev.six.cli;

import dev.six.eval.print.JsonPrinter;
import dev.six.eval.print.ValuePrinter;
import dev.six.eval.print.XmlPrinter;
import dev.six.eval.runtime.Coercion;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.DeepForce;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.value.Value;

/**
 * How {@code six instantiate --eval} prints a value, byte for byte as current nix-instantiate:
 * Nix's own format, JSON or XML, or a string as is ({@code --raw}, the only one without a final
 * line break).
 */
final class ValueOutput {
  /** The output formats; on the command line the last one given wins, as in Nix. */
  enum Format { NIX, JSON, XML, RAW }

  private final Evaluator evaluator;
  private final Format format;
  private final boolean strict;
  private final boolean locations;

  ValueOutput(Evaluator evaluator, Format format, boolean strict, boolean locations) {
    this.evaluator = evaluator;
    this.format = format;
    this.strict = strict;
    this.locations = locations;
  }

  /** Everything printed for {@code value}, with the line break that follows it if any. */
  String render(Value value) {
    return evaluator.run(() -> {
      EvalState st = evaluator.state();
      return switch (format) {
        case XML -> XmlPrinter.print(st, value, strict, locations, new ContextCollector());
        case JSON -> JsonPrinter.print(st, value, strict, true, null, new ContextCollector()) + "\n";
        case RAW -> Coercion.toString(st, value, null, new ContextCollector(), false, true);
        case NIX -> {
          if (strict) {
            DeepForce.force(st, value);
          }
          yield ValuePrinter.print(st, value, true) + "\n";
        }
      };
    });
  }
}
