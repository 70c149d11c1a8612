package dev.six.eval.builtins;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.formats.FormatException;
import dev.six.eval.formats.toml.TomlParser;
import dev.six.eval.runtime.EvalSettings;

/** {@code fromTOML}. */
final class TomlBuiltins implements BuiltinGroup {
  @Override
  public void register(Registry r, EvalSettings settings) {
    r.primop("fromTOML", 1, (st, a, pos) -> {
      String text = st.forceStringNoContext(a[0], pos);
      try {
        return TomlParser.parse(text);
      } catch (FormatException e) {
        // Current Nix reports no position: the parser's message quotes the offending line.
        throw new EvalError(ErrorKind.PARSE_ERROR, "while parsing TOML: " + e.getMessage(), null)
            .addTrace("while calling the 'fromTOML' builtin", pos);
      }
    });
  }
}
