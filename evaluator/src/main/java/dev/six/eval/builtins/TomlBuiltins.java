package dev.six.eval.builtins;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.formats.FormatException;
import dev.six.eval.formats.toml.TomlParser;
import dev.six.eval.runtime.EvalSettings;

/** {@code fromTOML}. */
final class TomlBuiltins implements BuiltinGroup {
  /**
   * Nix's {@code parse-toml-timestamps} experimental feature. Six's settings have no experimental
   * features yet, so it is off, as it is by default in Nix.
   */
  private static final boolean TIMESTAMPS = false;

  @Override
  public void register(Registry r, EvalSettings settings) {
    r.primop("fromTOML", 1, (st, a, pos) -> {
      String text = st.forceStringNoContext(a[0], pos);
      try {
        return TomlParser.parse(text, TIMESTAMPS);
      } catch (FormatException e) {
        // Current Nix reports no position: the parser's message quotes the offending line.
        throw new EvalError(ErrorKind.PARSE_ERROR, "while parsing TOML: " + e.getMessage(), null)
            .addTrace("while calling the 'fromTOML' builtin", pos);
      }
    });
  }
}
