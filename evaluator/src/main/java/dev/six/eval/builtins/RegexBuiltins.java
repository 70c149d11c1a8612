package dev.six.eval.builtins;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.regex.PosixRegex;
import dev.six.eval.regex.RegexCache;
import dev.six.eval.regex.RegexException;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.Pos;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixNull;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;
import java.util.List;

/**
 * {@code match} and {@code split}: POSIX extended regular expressions with the exact dialect and
 * matching rules of Nix's {@code std::regex} (see {@link PosixRegex}). Both compile the pattern
 * before they force the string, as Nix does, and neither result carries the string's context,
 * except that {@code split} returns the string itself (context and all) when nothing matches.
 */
final class RegexBuiltins implements BuiltinGroup {
  @Override
  public void register(Registry r, EvalSettings settings) {
    RegexCache cache = new RegexCache();
    r.primop("match", 2, (st, a, pos) -> {
      PosixRegex regex = compile(st, cache, a[0], pos);
      String[] groups = regex.match(st.forceString(a[1], pos).value);
      return groups == null ? NixNull.NULL : new NixList(strings(groups));
    });
    r.primop("split", 2, (st, a, pos) -> {
      PosixRegex regex = compile(st, cache, a[0], pos);
      NixString input = st.forceString(a[1], pos);
      List<PosixRegex.Match> matches = regex.findAll(input.value);
      if (matches.isEmpty()) {
        return NixList.of(input);
      }
      Value[] parts = new Value[2 * matches.size() + 1];
      int previousEnd = 0;
      int i = 0;
      for (PosixRegex.Match m : matches) {
        parts[i++] = NixString.of(input.value.substring(previousEnd, m.start()));
        parts[i++] = new NixList(strings(m.groups()));
        previousEnd = m.end();
      }
      parts[i] = NixString.of(input.value.substring(previousEnd));
      return new NixList(parts);
    });
  }

  private static PosixRegex compile(EvalState st, RegexCache cache, Value pattern, Pos pos) {
    String re = st.forceStringNoContext(pattern, pos);
    try {
      return cache.get(re);
    } catch (RegexException e) {
      String message = e.kind() == RegexException.Kind.TOO_LARGE
          ? "memory limit exceeded by regular expression '" + re + "'"
          : "invalid regular expression '" + re + "'";
      throw new EvalError(ErrorKind.INVALID_VALUE, message, pos);
    }
  }

  /** Captured groups as Nix values: a group that did not take part is null. */
  private static Value[] strings(String[] groups) {
    Value[] values = new Value[groups.length];
    for (int g = 0; g < groups.length; g++) {
      values[g] = groups[g] == null ? NixNull.NULL : NixString.of(groups[g]);
    }
    return values;
  }
}
