package dev.six.eval.hash;

/**
 * Reads hashes as Nix's {@code Hash::parseAny} does: an optional {@code algo:} or SRI
 * {@code algo-} prefix, then (unless SRI) an encoding recognised by its length for the algorithm:
 * base-16, Nix's base-32 or base-64. Messages are Nix's; Nix 2.8 said "hash type" where current
 * Nix says "hash algorithm" and lists the known algorithms, so there is one parser per wording.
 */
public final class HashParser {
  /** What current Nix adds to "unknown hash algorithm". */
  public static final String UNKNOWN_ALGORITHM_HINT = ", expect 'md5', 'sha1', 'sha256', or 'sha512'";

  /** Nix 2.8's messages (for built-ins 2.8 has, such as {@code builtins.path}'s {@code sha256}). */
  public static final HashParser NIX_2_8 = new HashParser("type", "");
  /** Current Nix's messages (for {@code convertHash}). */
  public static final HashParser CURRENT = new HashParser("algorithm", UNKNOWN_ALGORITHM_HINT);

  private final String noun;
  private final String unknownHint;

  private HashParser(String noun, String unknownHint) {
    this.noun = noun;
    this.unknownHint = unknownHint;
  }

  /**
   * The hash {@code text} denotes. {@code expected} is the algorithm the caller knows (or null);
   * when the text names one too, they must agree.
   */
  public Hash parseAny(String text, HashAlgorithm expected) {
    String rest = text;
    boolean sri = false;
    HashAlgorithm named = null;
    int colon = rest.indexOf(':');
    int dash = rest.indexOf('-');
    if (colon >= 0) {
      named = algorithm(rest.substring(0, colon));
      rest = rest.substring(colon + 1);
    } else if (dash >= 0) {
      named = algorithm(rest.substring(0, dash));
      rest = rest.substring(dash + 1);
      sri = true;
    }
    if (named == null && expected == null) {
      throw new BadHashException("hash '" + rest
          + "' does not include a type, nor is the type otherwise known from context");
    }
    if (named != null && expected != null && named != expected) {
      throw new BadHashException("hash '" + text + "' should have type '" + expected.nixName() + "'");
    }
    return decode(rest, named != null ? named : expected, sri);
  }

  /** An SRI hash ({@code sha256-<base64>}). */
  public Hash parseSri(String text) {
    int dash = text.indexOf('-');
    if (dash < 0) {
      throw new BadHashException("hash '" + text + "' is not SRI");
    }
    return decode(text.substring(dash + 1), algorithm(text.substring(0, dash)), true);
  }

  private HashAlgorithm algorithm(String name) {
    return HashAlgorithm.byName(name)
        .orElseThrow(() -> new BadHashException("unknown hash algorithm '" + name + "'" + unknownHint));
  }

  /** The digest {@code rest} encodes: base-64 when SRI, else the encoding its length implies. */
  private Hash decode(String rest, HashAlgorithm algorithm, boolean sri) {
    int size = algorithm.size();
    byte[] bytes;
    if (!sri && rest.length() == Base16.encodedLength(size)) {
      bytes = Base16.decode(rest);
      if (bytes == null) {
        throw new BadHashException("invalid base-16 hash '" + rest + "'");
      }
    } else if (!sri && rest.length() == Nix32.encodedLength(size)) {
      bytes = Nix32.decode(rest, size);
      if (bytes == null) {
        throw new BadHashException("invalid base-32 hash '" + rest + "'");
      }
    } else if (sri || rest.length() == Base64.encodedLength(size)) {
      bytes = Base64.decode(rest);
      if (bytes.length != size) {
        throw new BadHashException("invalid " + (sri ? "SRI" : "base-64") + " hash '" + rest + "'");
      }
    } else {
      throw new BadHashException("hash '" + rest + "' has wrong length for hash " + noun + " '" + algorithm.nixName() + "'");
    }
    return new Hash(algorithm, bytes);
  }
}
