package dev.six.eval.derivation;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.hash.BadHashException;
import dev.six.eval.hash.Hash;
import dev.six.eval.hash.HashAlgorithm;
import dev.six.eval.hash.HashFormat;
import dev.six.eval.hash.HashParser;
import dev.six.eval.source.Pos;
import dev.six.eval.store.FileIngestion;
import dev.six.eval.store.StorePaths;
import java.io.PrintStream;
import java.util.List;

/**
 * A derivation's {@code outputHash}, {@code outputHashAlgo} and {@code outputHashMode}: given an
 * {@code outputHash}, the derivation is fixed-output, its one output named after its content hash
 * rather than after how it is built. The hash may be SRI, or base 16, Nix-32 or base 64 with the
 * algorithm from its prefix or from {@code outputHashAlgo}; the mode is {@code flat} (the default),
 * {@code recursive} or its current name {@code nar}. Hashing modes that need an experimental
 * feature ({@code text}, {@code git}) are refused as current Nix refuses them without it.
 */
final class OutputHashSpec {
  private String hash;
  private HashAlgorithm algorithm;
  private FileIngestion method;

  void hash(String text) {
    hash = text;
  }

  /** {@code outputHashAlgo}: an unknown name means none, as in Nix (the hash must then say). */
  void algorithm(String name) {
    if (name.equals("blake3")) {
      throw ExperimentalFeatures.disabled("blake3-hashes", null);
    }
    algorithm = HashAlgorithm.byName(name).orElse(null);
  }

  /** {@code outputHashMode}; {@code at} is where Nix reports a mode it does not know. */
  void mode(String mode, String drvName, Pos at) {
    switch (mode) {
      case "recursive":
      case "nar":
        method = FileIngestion.RECURSIVE;
        break;
      case "flat":
        method = FileIngestion.FLAT;
        break;
      case "text":
        throw ExperimentalFeatures.disabled("dynamic-derivations",
            "text-hashed derivation '" + drvName + "', outputHashMode = \"text\"");
      case "git":
        throw ExperimentalFeatures.disabled("git-hashing", null);
      default:
        throw new EvalError(ErrorKind.INVALID_VALUE, "invalid value '" + mode + "' for 'outputHashMode' attribute", at);
    }
  }

  boolean isFixed() {
    return hash != null;
  }

  /** The output {@code out} of the fixed-output derivation {@code drvName}, with its store path. */
  DerivationOutput.Fixed output(StorePaths paths, String drvName, PrintStream log) {
    Hash expected = expected(log);
    FileIngestion m = method == null ? FileIngestion.FLAT : method;
    return new DerivationOutput.Fixed(m, expected, paths.makeFixedOutput(m, expected, drvName, List.of()));
  }

  /** Nix's {@code newHashAllowEmpty}: an empty hash is all zeros (with a warning) if the algorithm is known. */
  private Hash expected(PrintStream log) {
    if (hash.isEmpty()) {
      if (algorithm == null) {
        throw new EvalError(ErrorKind.INVALID_VALUE, "empty hash requires explicit hash type", null);
      }
      Hash zero = Hash.zero(algorithm);
      log.println("warning: found empty hash, assuming '" + zero.render(HashFormat.SRI, true) + "'");
      return zero;
    }
    try {
      return HashParser.NIX_2_8.parseAny(hash, algorithm);
    } catch (BadHashException e) {
      throw new EvalError(ErrorKind.INVALID_VALUE, e.getMessage(), null);
    }
  }
}
