package dev.six.eval.builtins;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.formats.FormatException;
import dev.six.eval.formats.json.JsonParser;
import dev.six.eval.print.JsonPrinter;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.EvalSettings;

/** {@code toJSON} and {@code fromJSON}. */
final class JsonBuiltins implements BuiltinGroup {
  @Override
  public void register(Registry r, EvalSettings settings) {
    r.primop("toJSON", 1, (st, a, pos) -> {
      ContextCollector context = new ContextCollector();
      String json = JsonPrinter.print(st, a[0], true, true, pos, context);
      return context.string(json);
    });
    r.primop("fromJSON", 1, (st, a, pos) -> {
      String text = st.forceStringNoContext(a[0], pos);
      try {
        return JsonParser.parse(text);
      } catch (FormatException e) {
        // Nix shows no position for a malformed text: the message locates the problem in it.
        throw new EvalError(ErrorKind.PARSE_ERROR, e.getMessage(), null)
            .addTrace("while decoding a JSON string", pos);
      }
    });
  }
}
