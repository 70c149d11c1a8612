package dev.six.eval.derivation;

import dev.six.eval.hash.Hash;
import dev.six.eval.store.FileIngestion;

/**
 * One output of a {@link Derivation}, as the three fields a {@code .drv} file gives it: the store
 * path, the hash algorithm (with the ingestion method's prefix) and the hash. An input-addressed
 * output knows only its path; a fixed output all three; a deferred one (an input-addressed
 * output whose path is still being computed) nothing.
 */
public sealed interface DerivationOutput {
  /** The output's store path, or empty while unknown. */
  String path();

  /** {@code sha256}, {@code r:sha1}, ... for a fixed output, else empty. */
  String hashAlgo();

  /** The expected hash in base 16 for a fixed output, else empty. */
  String hash();

  /** An output whose path was derived from the derivation's hash modulo. */
  record InputAddressed(String path) implements DerivationOutput {
    @Override
    public String hashAlgo() {
      return "";
    }

    @Override
    public String hash() {
      return "";
    }
  }

  /** The output of a fixed-output derivation: its content has {@code expected} hashed as {@code method}. */
  record Fixed(FileIngestion method, Hash expected, String path) implements DerivationOutput {
    @Override
    public String hashAlgo() {
      return method.prefix() + expected.algorithm().nixName();
    }

    @Override
    public String hash() {
      return expected.toBase16();
    }
  }

  /** An input-addressed output before its path is known: what the hash modulo is computed over. */
  record Deferred() implements DerivationOutput {
    @Override
    public String path() {
      return "";
    }

    @Override
    public String hashAlgo() {
      return "";
    }

    @Override
    public String hash() {
      return "";
    }
  }
}
