package dev.six.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A set of Nix files held in memory, so that parsing is measured without disk I/O. */
record Corpus(String name, List<SourceFile> files) {

  static Corpus load(String name, List<Path> roots) throws IOException {
    List<SourceFile> files = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.filter(f -> f.toString().endsWith(".nix") && Files.isRegularFile(f)).sorted().toList()) {
          byte[] bytes = Files.readAllBytes(p);
          files.add(new SourceFile(p.toAbsolutePath().toString(), new String(bytes, StandardCharsets.ISO_8859_1).toCharArray()));
        }
      }
    }
    return new Corpus(name, files);
  }

  long bytes() {
    long total = 0;
    for (SourceFile f : files) {
      total += f.length();
    }
    return total;
  }

  double megabytes() {
    return bytes() / 1e6;
  }

  /** The files split in {@code parts} groups of about equal size, for parallel runs. */
  List<List<SourceFile>> split(int parts) {
    List<List<SourceFile>> groups = new ArrayList<>();
    long[] sizes = new long[parts];
    for (int i = 0; i < parts; i++) {
      groups.add(new ArrayList<>());
    }
    List<SourceFile> bySize = new ArrayList<>(files);
    bySize.sort((a, b) -> Integer.compare(b.length(), a.length()));
    for (SourceFile f : bySize) {
      int smallest = 0;
      for (int i = 1; i < parts; i++) {
        if (sizes[i] < sizes[smallest]) {
          smallest = i;
        }
      }
      groups.get(smallest).add(f);
      sizes[smallest] += f.length();
    }
    return groups;
  }
}
