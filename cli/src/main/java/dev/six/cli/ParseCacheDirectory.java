package dev.six.cli;

import dev.six.eval.runtime.ParsedFileStore;
import dev.six.eval.runtime.ParsedFiles;
import dev.six.grammar.desugar.ExprCodec;
import dev.six.grammar.desugar.NixExpr;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The command line's {@link ParsedFileStore}: a directory ({@code $XDG_CACHE_HOME/six/parsed},
 * else {@code ~/.cache/six/parsed}) with one entry per source file, so that a run reads the
 * desugared trees of files an earlier run parsed instead of parsing them again (nixpkgs' lib is
 * 670 KB of Nix). As Python keeps compiled modules, and for the same reason.
 *
 * <p>An entry is used only when everything its tree depends on is the same: the file's path and
 * text (its length and a 64-bit fingerprint of it), HOME (which {@code ~/} paths resolve
 * against) and the six build that wrote it (the size and modification time of the jars of the
 * parser and the evaluator). Entries are written to a temporary file and renamed into place, so a
 * reader sees a whole entry or none, and carry a checksum against damage on disk. Entries unused
 * for a month are removed ({@link ParseCachePruning}). Anything unreadable is treated as absent
 * and anything unwritable as not kept: the cache never changes a result or fails a run.
 * {@code SIX_PARSE_CACHE=0} turns it off.
 */
final class ParseCacheDirectory implements ParsedFileStore {
  private static final byte[] MAGIC = "six parsed file\n".getBytes(StandardCharsets.US_ASCII);

  private final Path directory;
  private final String build;

  ParseCacheDirectory(Path directory, String build) {
    this.directory = directory;
    this.build = build;
  }

  /** Parsed files kept in this process and, unless turned off or impossible, in the cache directory. */
  static ParsedFiles parsedFiles(Map<String, String> environment) {
    return new ParsedFiles(open(environment));
  }

  /** The cache directory {@code environment} names; null when it is turned off or there is none. */
  static ParseCacheDirectory open(Map<String, String> environment) {
    String setting = environment.get("SIX_PARSE_CACHE");
    if (setting != null && (setting.equals("0") || setting.equalsIgnoreCase("off") || setting.equalsIgnoreCase("false"))) {
      return null;
    }
    Path cache = cacheHome(environment);
    String build = buildIdentity();
    return cache == null || build == null ? null : new ParseCacheDirectory(cache.resolve("six").resolve("parsed"), build);
  }

  private static Path cacheHome(Map<String, String> environment) {
    String xdg = environment.get("XDG_CACHE_HOME");
    if (xdg != null && xdg.startsWith("/")) {
      return Path.of(xdg);
    }
    String home = environment.get("HOME");
    return home != null && home.startsWith("/") ? Path.of(home, ".cache") : null;
  }

  /**
   * What identifies the code that turns text into a kept tree: the jars of the parser and of the
   * evaluator (which chooses how files are desugared). Null when either is not a jar (classes
   * compiled into a directory change without a trace), which turns the cache off.
   */
  private static String buildIdentity() {
    String parser = jarIdentity(ExprCodec.class);
    String evaluator = jarIdentity(ParsedFiles.class);
    return parser == null || evaluator == null ? null : parser + "\n" + evaluator;
  }

  private static String jarIdentity(Class<?> type) {
    try {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      if (source == null) {
        return null;
      }
      Path jar = Path.of(source.getLocation().toURI());
      if (!Files.isRegularFile(jar)) {
        return null;
      }
      return jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
    } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public NixExpr load(String path, String home, char[] text) {
    Path entry = entry(path, home);
    NixExpr expr = read(entry, path, home, text);
    if (expr != null) {
      ParseCachePruning.used(entry, Instant.now());
    }
    return expr;
  }

  private NixExpr read(Path entry, String path, String home, char[] text) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(entry);
    } catch (IOException | UncheckedIOException absentOrUnreadable) {
      return null;
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte[] magic = new byte[MAGIC.length];
      in.readFully(magic);
      if (!Arrays.equals(magic, MAGIC) || in.readInt() != ExprCodec.VERSION || !in.readUTF().equals(build)
          || !in.readUTF().equals(path) || !in.readUTF().equals(home) || in.readInt() != text.length) {
        return null;
      }
      TextFingerprint fingerprint = TextFingerprint.of(text);
      if (in.readLong() != fingerprint.value()) {
        return null;
      }
      int size = in.readInt();
      if (size < 0 || size > bytes.length) {
        return null;
      }
      byte[] tree = new byte[size];
      in.readFully(tree);
      if (in.readInt() != checksum(tree) || in.read() != -1) {
        return null;
      }
      return ExprCodec.decode(tree);
    } catch (IOException | IllegalArgumentException damaged) {
      return null;
    }
  }

  @Override
  public void save(String path, String home, char[] text, NixExpr expr) {
    byte[] tree = ExprCodec.encode(expr);
    if (tree == null) {
      return;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(tree.length + 512);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeInt(ExprCodec.VERSION);
      out.writeUTF(build);
      out.writeUTF(path);
      out.writeUTF(home);
      out.writeInt(text.length);
      TextFingerprint fingerprint = TextFingerprint.of(text);
      out.writeLong(fingerprint.value());
      out.writeInt(tree.length);
      out.write(tree);
      out.writeInt(checksum(tree));
    } catch (IOException | IllegalArgumentException tooLong) {
      // writeUTF refuses strings over 64 KB (a path that long is not worth keeping).
      return;
    }
    write(entry(path, home), bytes.toByteArray());
    ParseCachePruning.maybePrune(directory, Instant.now());
  }

  /** Writes {@code bytes} to a temporary file and renames it to {@code target}; on failure keeps nothing. */
  private void write(Path target, byte[] bytes) {
    Path temporary = null;
    try {
      Files.createDirectories(directory);
      temporary = Files.createTempFile(directory, target.getFileName().toString(), ".tmp");
      Files.write(temporary, bytes);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException | UncheckedIOException | SecurityException notKept) {
      // Read-only or full cache directory: the run goes on, the file is parsed again next time.
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // Nothing more to do; the name ends in .tmp and is never read.
        }
      }
    }
  }

  /** Catches an entry damaged on disk, which could otherwise still read as another tree. */
  private static int checksum(byte[] tree) {
    CRC32C crc = new CRC32C();
    crc.update(tree);
    return (int) crc.getValue();
  }

  /** The entry of {@code path} under {@code home}: named by a fingerprint of both. */
  private Path entry(String path, String home) {
    TextFingerprint key = TextFingerprint.of((path + '\0' + home).toCharArray());
    return directory.resolve(key.hex());
  }
}
