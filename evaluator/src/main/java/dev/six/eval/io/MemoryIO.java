package dev.six.eval.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link EvalIO} over files held in memory (for tests): every parent of a file is a directory;
 * a symbolic link is added with {@link #link}.
 */
public final class MemoryIO implements EvalIO {
  private final Map<String, byte[]> files = new TreeMap<>();
  private final Map<String, String> links = new TreeMap<>();

  public MemoryIO file(String path, String content) {
    files.put(path, content.getBytes(StandardCharsets.ISO_8859_1));
    return this;
  }

  public MemoryIO link(String path, String target) {
    links.put(path, target);
    return this;
  }

  private boolean isDirectory(String path) {
    String prefix = path.endsWith("/") ? path : path + "/";
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
}
