package dev.six.s6.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case of the s6-rc-compile golden data set ({@code src/test/resources/compile/README.md}),
 * set up as the oracle ran it: the case directory copied with its modes and links, plus the
 * entries of {@code make.txt} that git cannot hold; its source labels in bytewise order and its
 * extra compiler arguments.
 */
final class GoldenCase {
  static final Path ROOT = Path.of("src", "test", "resources", "compile");
  /** The prefixes of the s6-rc 0.5.4.1 build that made {@code expected/}. */
  static final InstallPrefixes ORACLE_PREFIXES = new InstallPrefixes("/work/scratch/s6rc/prefix-0541/bin/", "", "",
      "/work/scratch/s6rc/prefix-0541/libexec/");
  /** The prefixes of the s6-rc 0.7.0.0 (git HEAD) build that made {@code expected-0.7/}. */
  static final InstallPrefixes ORACLE_07_PREFIXES = new InstallPrefixes("/work/scratch/s6rc/prefix-head/bin/", "", "",
      "/work/scratch/s6rc/prefix-head/libexec/");

  final Path dir;

  GoldenCase(Path dir) {
    this.dir = dir;
  }

  static List<GoldenCase> all(String kind) {
    try (Stream<Path> cases = Files.list(ROOT.resolve(kind))) {
      return cases.filter(Files::isDirectory).sorted().map(GoldenCase::new).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String name() {
    return dir.getFileName().toString();
  }

  /** Copies the case into {@code work} (which must not exist) and creates what make.txt lists. */
  Path setUp(Path work) throws IOException {
    copy(dir, work);
    Path make = dir.resolve("make.txt");
    if (Files.exists(make)) {
      for (String line : Files.readAllLines(make, StandardCharsets.UTF_8)) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int space = line.indexOf(' ');
        Path p = work.resolve(unescape(line.substring(space + 1)));
        Files.createDirectories(p.getParent());
        switch (line.substring(0, space)) {
          case "dir" -> Files.createDirectories(p);
          case "file" -> Files.write(p, new byte[0]);
          case "fifo" -> mkfifo(p);
          default -> throw new IllegalArgumentException("make.txt: " + line);
        }
      }
    }
    return work;
  }

  /** The source labels, as the oracle passed them: {@code sources/<label>}, bytewise order. */
  List<String> labels(Path work) throws IOException {
    Path sources = work.resolve("sources");
    if (!Files.isDirectory(sources)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(sources)) {
      return s.map(p -> "sources/" + p.getFileName()).sorted().toList();
    }
  }

  /** Where the expectations of {@code version} are: {@code expected} or {@code expected-0.7}. */
  static String expected(RcVersion version) {
    return version == RcVersion.V0_5 ? "expected" : "expected-0.7";
  }

  CompileOptions options(RcVersion version) throws IOException {
    Path file = dir.resolve("options.txt");
    boolean blocking = false;
    String user = null;
    if (Files.exists(file)) {
      List<String> args = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < args.size(); i++) {
        switch (args.get(i)) {
          case "-b" -> blocking = true;
          case "-h" -> user = args.get(++i);
          default -> throw new IllegalArgumentException("options.txt: " + args.get(i));
        }
      }
    }
    return new CompileOptions(version == RcVersion.V0_5 ? ORACLE_PREFIXES : ORACLE_07_PREFIXES, blocking, user);
  }

  private static void copy(Path from, Path to) throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(from)) {
      all = walk.toList();
    }
    for (Path p : all) {
      Path target = to.resolve(from.relativize(p).toString());
      if (Files.isSymbolicLink(p)) {
        Files.createSymbolicLink(target, Files.readSymbolicLink(p));
      } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(target);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
      } else {
        Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        // as a git checkout under umask 022: executable or not, nothing else
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(
            Files.isExecutable(p) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
  }

  private static void mkfifo(Path p) throws IOException {
    try {
      Process mk = new ProcessBuilder("mkfifo", "-m", "0644", p.toString()).inheritIO().start();
      if (mk.waitFor() != 0) {
        throw new IOException("mkfifo " + p + " failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** make.txt's escapes: {@code \\ \n \t \r \xHH}; the bytes are UTF-8, as file names. */
  private static String unescape(String s) {
    byte[] raw = s.getBytes(StandardCharsets.UTF_8);
    List<Byte> out = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] != '\\') {
        out.add(raw[i]);
        continue;
      }
      char c = (char) raw[++i];
      switch (c) {
        case 'n' -> out.add((byte) '\n');
        case 't' -> out.add((byte) '\t');
        case 'r' -> out.add((byte) '\r');
        case 'x' -> {
          out.add((byte) Integer.parseInt(new String(raw, i + 1, 2, StandardCharsets.US_ASCII), 16));
          i += 2;
        }
        default -> out.add((byte) c);
      }
    }
    byte[] bytes = new byte[out.size()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = out.get(i);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
