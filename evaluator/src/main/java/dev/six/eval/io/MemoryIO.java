package dev.six.eval.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link EvalIO} over files held in memory (for tests): every parent of a file is a directory;
 * a symbolic link is added with {@link #link}, an empty directory with {@link #directory}.
 */
public final class MemoryIO implements EvalIO {
  private final Map<String, byte[]> files = new TreeMap<>();
  private final Map<String, String> links = new TreeMap<>();
  private final Set<String> executables = new TreeSet<>();
  private final Set<String> directories = new TreeSet<>();

  public MemoryIO file(String path, String content) {
    files.put(path, content.getBytes(StandardCharsets.ISO_8859_1));
    return this;
  }

  /** A regular file with its execute bit set. */
  public MemoryIO executable(String path, String content) {
    executables.add(path);
    return file(path, content);
  }

  /** A directory, which may stay empty. */
  public MemoryIO directory(String path) {
    directories.add(path);
    return this;
  }

  public MemoryIO link(String path, String target) {
    links.put(path, target);
    return this;
  }

  private boolean isDirectory(String path) {
    if (directories.contains(path) || path.equals("/")) {
      return true;
    }
    String prefix = path.endsWith("/") ? path : path + "/";
    for (String d : directories) {
      if (d.startsWith(prefix)) {
        return true;
      }
    }
    for (String f : files.keySet()) {
      if (f.startsWith(prefix)) {
        return true;
      }
    }
    for (String l : links.keySet()) {
      if (l.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public FileType lstat(String path) {
    if (links.containsKey(path)) {
      return FileType.SYMLINK;
    }
    if (files.containsKey(path)) {
      return FileType.REGULAR;
    }
    return isDirectory(path) ? FileType.DIRECTORY : FileType.MISSING;
  }

  @Override
  public FileType stat(String path) {
    for (int i = 0; i < 40 && links.containsKey(path); i++) {
      String target = links.get(path);
      path = target.startsWith("/") ? target : path.substring(0, path.lastIndexOf('/') + 1) + target;
    }
    FileType type = lstat(path);
    return type == FileType.SYMLINK ? FileType.MISSING : type;
  }

  @Override
  public byte[] read(String path) throws IOException {
    byte[] content = files.get(path);
    if (content == null) {
      throw new NoSuchFileException(path);
    }
    return content;
  }

  @Override
  public List<DirEntry> readDir(String path) throws IOException {
    if (!isDirectory(path)) {
      throw new NoSuchFileException(path);
    }
    String prefix = path.endsWith("/") ? path : path + "/";
    TreeMap<String, FileType> entries = new TreeMap<>();
    for (String f : files.keySet()) {
      if (f.startsWith(prefix)) {
        String rest = f.substring(prefix.length());
        int slash = rest.indexOf('/');
        entries.put(slash < 0 ? rest : rest.substring(0, slash), slash < 0 ? FileType.REGULAR : FileType.DIRECTORY);
      }
    }
    for (String d : directories) {
      if (d.startsWith(prefix)) {
        String rest = d.substring(prefix.length());
        int slash = rest.indexOf('/');
        entries.put(slash < 0 ? rest : rest.substring(0, slash), FileType.DIRECTORY);
      }
    }
    for (String l : links.keySet()) {
      if (l.startsWith(prefix) && l.indexOf('/', prefix.length()) < 0) {
        entries.put(l.substring(prefix.length()), FileType.SYMLINK);
      }
    }
    List<DirEntry> result = new ArrayList<>();
    entries.forEach((name, type) -> result.add(new DirEntry(name, type)));
    return result;
  }

  @Override
  public String readLink(String path) throws IOException {
    String target = links.get(path);
    if (target == null) {
      throw new NoSuchFileException(path);
    }
    return target;
  }

  @Override
  public boolean isExecutable(String path) {
    return executables.contains(path) && files.containsKey(path);
  }
}
