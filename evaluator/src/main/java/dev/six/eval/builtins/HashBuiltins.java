package dev.six.eval.builtins;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.hash.BadHashException;
import dev.six.eval.hash.Hash;
import dev.six.eval.hash.HashAlgorithm;
import dev.six.eval.hash.HashFormat;
import dev.six.eval.hash.HashParser;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import java.nio.charset.StandardCharsets;

/** {@code hashString}, {@code hashFile} and {@code convertHash}. */
final class HashBuiltins implements BuiltinGroup {
  private static final Symbol HASH = Symbol.of("hash");
  private static final Symbol HASH_ALGO = Symbol.of("hashAlgo");
  private static final Symbol TO_HASH_FORMAT = Symbol.of("toHashFormat");

  @Override
  public void register(Registry r, EvalSettings settings) {
    r.primop("hashString", 2, (st, a, pos) -> {
      HashAlgorithm algorithm = algorithm(st.forceStringNoContext(a[0], pos));
      String s = st.forceString(a[1], pos).value;
      return NixString.of(algorithm.hash(s.getBytes(StandardCharsets.ISO_8859_1)).toBase16());
    });
    r.primop("hashFile", 2, (st, a, pos) -> {
      HashAlgorithm algorithm = algorithm(st.forceStringNoContext(a[0], pos));
      String path = PathArguments.realise(st, a[1], pos);
      return NixString.of(algorithm.hash(PathArguments.read(st, path)).toBase16());
    });
    r.primop("convertHash", 1, (st, a, pos) -> NixString.of(convert(st, st.forceAttrs(a[0], null))));
  }

  /** The algorithm {@code hashString} and {@code hashFile} are asked for. */
  private static HashAlgorithm algorithm(String name) {
    return HashAlgorithm.byName(name).orElseThrow(
        () -> new EvalError(ErrorKind.INVALID_VALUE, "unknown hash algorithm '" + name + "'", null));
  }

  /**
   * {@code convertHash { hash; hashAlgo ? null; toHashFormat; }}, forcing attributes in Nix's
   * order. Only current Nix has it, and its errors carry no position.
   */
  private static String convert(EvalState st, NixAttrs args) {
    String text = st.forceStringNoContext(required(args, HASH), null);
    HashAlgorithm algorithm = null;
    Value algoValue = args.get(HASH_ALGO);
    if (algoValue != null) {
      String name = st.forceStringNoContext(algoValue, null);
      algorithm = HashAlgorithm.byName(name).orElseThrow(() -> new EvalError(ErrorKind.INVALID_VALUE,
          "unknown hash algorithm '" + name + "'" + HashParser.UNKNOWN_ALGORITHM_HINT, null));
    }
    String formatName = st.forceStringNoContext(required(args, TO_HASH_FORMAT), null);
    HashFormat format = HashFormat.byName(formatName).orElseThrow(() -> new EvalError(ErrorKind.INVALID_VALUE,
        "unknown hash format '" + formatName + "', expect 'base16', 'base32', 'base64', or 'sri'", null));
    if (HashFormat.isDeprecatedAlias(formatName)) {
      st.log().println("warning: \"base32\" is a deprecated alias for hash format \"nix32\".");
    }
    Hash hash = parse(HashParser.CURRENT, text, algorithm);
    return hash.render(format, format == HashFormat.SRI);
  }

  private static Value required(NixAttrs args, Symbol name) {
    Value v = args.get(name);
    if (v == null) {
      throw new EvalError(ErrorKind.MISSING_ATTRIBUTE, "attribute '" + name + "' missing", null);
    }
    return v;
  }

  /** A hash text as {@code Hash::parseAny} reads it; a bad one is an error without position, as in Nix. */
  static Hash parse(HashParser parser, String text, HashAlgorithm algorithm) {
    try {
      return parser.parseAny(text, algorithm);
    } catch (BadHashException e) {
      throw new EvalError(ErrorKind.INVALID_VALUE, e.getMessage(), null);
    }
  }
}
