package dev.six.eval.store;

import dev.six.eval.hash.Hash;
import dev.six.eval.hash.HashAlgorithm;
import dev.six.eval.hash.HashFormat;
import dev.six.eval.hash.Nix32;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Nix's store path formulas for one store directory: a store path is {@code
 * <storeDir>/<hash>-<name>} where the hash is the Nix-32 of the SHA-256 of {@code
 * <type>:sha256:<base16 inner hash>:<storeDir>:<name>}, folded to 20 bytes. The type says what
 * was hashed: {@code source} (a NAR hashed with SHA-256), {@code text} (a file's bytes), or
 * {@code output:out} (other fixed outputs), references appended as {@code :<path>}.
 */
public final class StorePaths {
  /** Length of the hash part of a store path's base name. */
  public static final int HASH_LENGTH = 32;

  private final String storeDir;

  public StorePaths(String storeDir) {
    this.storeDir = storeDir;
  }

  public String storeDir() {
    return storeDir;
  }

  /** {@code makeStorePath}. */
  public String make(String type, Hash hash, String name) {
    String fingerprint = type + ":" + hash.render(HashFormat.BASE16, true) + ":" + storeDir + ":" + name;
    Hash digest = HashAlgorithm.SHA256.hash(fingerprint.getBytes(StandardCharsets.ISO_8859_1)).compress(20);
    String baseName = digest.toNix32() + "-" + name;
    StorePathName.check(baseName, name);
    return storeDir + "/" + baseName;
  }

  /**
   * The path of content hashed as {@code method} with {@code hash}: a recursive SHA-256 is a
   * {@code source} path (which may have references); anything else is named after a second hash
   * over the method and the hash, and may not.
   */
  public String makeFixedOutput(FileIngestion method, Hash hash, String name, Collection<String> references) {
    if (method == FileIngestion.RECURSIVE && hash.algorithm() == HashAlgorithm.SHA256) {
      return make(type("source", references), hash, name);
    }
    if (!references.isEmpty()) {
      throw new StoreException("fixed output derivation '" + name + "' is not allowed to refer to other store paths");
    }
    String inner = "fixed:out:" + method.prefix() + hash.render(HashFormat.BASE16, true) + ":";
    return make("output:out", HashAlgorithm.SHA256.hash(inner.getBytes(StandardCharsets.ISO_8859_1)), name);
  }

  /**
   * The path of output {@code output} of the input-addressed derivation {@code drvName} whose hash
   * modulo is {@code hash}: named {@code drvName}, with {@code -<output>} unless it is {@code out}.
   */
  public String makeOutput(String output, Hash hash, String drvName) {
    return make("output:" + output, hash, outputPathName(drvName, output));
  }

  /** The name of output {@code output}'s store path: {@code drvName}, suffixed unless it is {@code out}. */
  public static String outputPathName(String drvName, String output) {
    return output.equals("out") ? drvName : drvName + "-" + output;
  }

  /** The path of a text file ({@code toFile}, derivations) with contents hashed as {@code sha256}. */
  public String makeText(String name, Hash sha256, Collection<String> references) {
    return make(type("text", references), sha256, name);
  }

  private static String type(String type, Collection<String> references) {
    StringBuilder out = new StringBuilder(type);
    for (String reference : new TreeSet<>(references)) {
      out.append(':').append(reference);
    }
    return out.toString();
  }

  /** Whether {@code path} is below the store directory (not necessarily a valid store path). */
  public boolean isInStore(String path) {
    return path.length() > storeDir.length() + 1 && path.startsWith(storeDir) && path.charAt(storeDir.length()) == '/';
  }

  /** Whether {@code path} is exactly a valid store path (no sub-path). */
  public boolean isStorePath(String path) {
    if (!isInStore(path) || path.indexOf('/', storeDir.length() + 1) >= 0) {
      return false;
    }
    try {
      checkBaseName(path.substring(storeDir.length() + 1));
      return true;
    } catch (StoreException e) {
      return false;
    }
  }

  /** The store path {@code path} (which {@link #isInStore}) is in or below; checked as Nix does. */
  public String storePathOf(String path) {
    int slash = path.indexOf('/', storeDir.length() + 1);
    String baseName = path.substring(storeDir.length() + 1, slash < 0 ? path.length() : slash);
    checkBaseName(baseName);
    return storeDir + "/" + baseName;
  }

  private static void checkBaseName(String baseName) {
    if (baseName.length() < HASH_LENGTH + 1) {
      throw new StoreException("'" + baseName + "' is too short to be a valid store path");
    }
    if (baseName.charAt(HASH_LENGTH) != '-') {
      throw new StoreException("'" + baseName + "' can't name a store path because the hash part is not followed by a '-'");
    }
    for (int i = 0; i < HASH_LENGTH; i++) {
      char c = baseName.charAt(i);
      if (Nix32.ALPHABET.indexOf(c) < 0) {
        throw new StoreException("store path '" + baseName + "' contains illegal base-32 character '" + c + "'");
      }
    }
    StorePathName.check(baseName, baseName.substring(HASH_LENGTH + 1));
  }
}
