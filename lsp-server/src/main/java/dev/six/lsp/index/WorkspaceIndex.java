package dev.six.lsp.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The workspace's definitions in an Apache Lucene index, kept on disk between sessions: each
 * file is stored with the SHA-256 of its content, so a restart re-reads only the files that
 * changed (and forgets the ones that are gone), and an edit re-indexes one file. The language
 * server answers workspace symbols from it without parsing the workspace again. Thread-safe.
 */
public final class WorkspaceIndex implements AutoCloseable {
  private static final String TYPE = "type";
  private static final String FILE = "file";
  private static final String SYMBOL = "symbol";
  private static final String PATH = "path";
  private static final String HASH = "hash";
  private static final String NAME = "name";
  private static final String NAME_LC = "name_lc";
  private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", "node_modules", "result");

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final boolean persistent;

  private WorkspaceIndex(Directory directory, boolean persistent) throws IOException {
    this.directory = directory;
    this.writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
    this.searchers = new SearcherManager(writer, null);
    this.persistent = persistent;
  }

  /**
   * The index stored in {@code dir} (created when missing). When another process holds it, an
   * index in memory instead: slower to start, never wrong.
   */
  public static WorkspaceIndex open(Path dir) throws IOException {
    Files.createDirectories(dir);
    FSDirectory fs = FSDirectory.open(dir);
    try {
      return new WorkspaceIndex(fs, true);
    } catch (LockObtainFailedException taken) {
      fs.close();
      return inMemory();
    }
  }

  public static WorkspaceIndex inMemory() throws IOException {
    return new WorkspaceIndex(new ByteBuffersDirectory(), false);
  }

  /** Whether the index outlives this process. */
  public boolean persistent() {
    return persistent;
  }

  /** What a {@link #sync} did: files found, re-indexed because new or changed, and forgotten. */
  public record SyncResult(int files, int reindexed, int removed) {}

  /** Brings the index in line with the {@code .nix} files under {@code root}. */
  public SyncResult sync(Path root) throws IOException {
    return sync(root, SyncListener.NONE);
  }

  /** As {@link #sync(Path)}, telling {@code listener} how it goes. */
  public synchronized SyncResult sync(Path root, SyncListener listener) throws IOException {
    Map<String, String> stored = storedHashes();
    List<Path> files = nixFiles(root);
    listener.found(files.size());
    int reindexed = 0;
    int done = 0;
    for (Path file : files) {
      String path = file.toString();
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException unreadable) {
        listener.indexed(file, ++done, files.size());
        continue; // gone or unreadable since the walk: the next sync sees it again
      }
      String hash = sha256(bytes);
      if (!hash.equals(stored.remove(path))) {
        replace(path, hash, new String(bytes, StandardCharsets.ISO_8859_1).toCharArray());
        reindexed++;
      }
      listener.indexed(file, ++done, files.size());
    }
    for (String gone : stored.keySet()) {
      writer.deleteDocuments(new Term(PATH, gone));
    }
    writer.commit();
    searchers.maybeRefreshBlocking();
    return new SyncResult(files.size(), reindexed, stored.size());
  }

  /** Re-indexes one file from {@code text} (its bytes, one char each), as an editor has it now. */
  public synchronized void update(String path, char[] text) throws IOException {
    replace(path, sha256(new String(text).getBytes(StandardCharsets.ISO_8859_1)), text);
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /**
   * Definitions whose name matches {@code query}, best first: the exact name, then names that
   * start with it, then names that contain it (case ignored); every definition for an empty query.
   */
  public List<IndexedSymbol> search(String query, int limit) throws IOException {
    String q = query.toLowerCase(Locale.ROOT);
    Query match;
    if (q.isEmpty()) {
      match = new MatchAllDocsQuery();
    } else {
      match = new BooleanQuery.Builder()
          .add(new BoostQuery(new TermQuery(new Term(NAME_LC, q)), 8), BooleanClause.Occur.SHOULD)
          .add(new BoostQuery(new PrefixQuery(new Term(NAME_LC, q)), 4), BooleanClause.Occur.SHOULD)
          .add(new WildcardQuery(new Term(NAME_LC, "*" + escapeWildcards(q) + "*")), BooleanClause.Occur.SHOULD)
          .setMinimumNumberShouldMatch(1)
          .build();
    }
    Query symbols = new BooleanQuery.Builder()
        .add(match, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(TYPE, SYMBOL)), BooleanClause.Occur.FILTER)
        .build();
    IndexSearcher searcher = searchers.acquire();
    try {
      List<IndexedSymbol> out = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(symbols, Math.max(1, limit)).scoreDocs) {
        out.add(symbol(searcher.storedFields().document(hit.doc)));
      }
      return out;
    } finally {
      searchers.release(searcher);
    }
  }

  private void replace(String path, String hash, char[] text) throws IOException {
    writer.deleteDocuments(new Term(PATH, path));
    Document marker = new Document();
    marker.add(new StringField(TYPE, FILE, Field.Store.NO));
    marker.add(new StringField(PATH, path, Field.Store.YES));
    marker.add(new StoredField(HASH, hash));
    writer.addDocument(marker);
    List<IndexedSymbol> symbols;
    try {
      symbols = SymbolExtractor.extract(path, text);
    } catch (RuntimeException | StackOverflowError broken) {
      symbols = List.of(); // the file is remembered (by its hash) with nothing in it
    }
    for (IndexedSymbol s : symbols) {
      Document d = new Document();
      d.add(new StringField(TYPE, SYMBOL, Field.Store.NO));
      d.add(new StringField(PATH, path, Field.Store.YES));
      d.add(new StringField(NAME, s.name(), Field.Store.YES));
      d.add(new StringField(NAME_LC, s.name().toLowerCase(Locale.ROOT), Field.Store.NO));
      d.add(new StoredField("kind", s.kind().name()));
      d.add(new StoredField("container", s.container()));
      d.add(new StoredField("line", s.line()));
      d.add(new StoredField("column", s.column()));
      writer.addDocument(d);
    }
  }

  private Map<String, String> storedHashes() throws IOException {
    searchers.maybeRefreshBlocking();
    IndexSearcher searcher = searchers.acquire();
    try {
      Map<String, String> hashes = new HashMap<>();
      int n = Math.max(1, searcher.getIndexReader().numDocs());
      for (ScoreDoc hit : searcher.search(new TermQuery(new Term(TYPE, FILE)), n).scoreDocs) {
        Document d = searcher.storedFields().document(hit.doc);
        hashes.put(d.get(PATH), d.get(HASH));
      }
      return hashes;
    } finally {
      searchers.release(searcher);
    }
  }

  private static IndexedSymbol symbol(Document d) {
    return new IndexedSymbol(d.get(NAME), IndexedSymbol.Kind.valueOf(d.get("kind")), d.get("container"), d.get(PATH),
        d.getField("line").numericValue().intValue(), d.getField("column").numericValue().intValue());
  }

  private static List<Path> nixFiles(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        boolean skipped = !dir.equals(root) && (SKIPPED_DIRECTORIES.contains(name) || name.startsWith("."));
        return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && file.toString().endsWith(".nix")) {
          files.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE; // an unreadable corner of the workspace is not indexed
      }
    });
    return files;
  }

  private static String escapeWildcards(String s) {
    return s.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
  }

  /** The SHA-256 of {@code bytes}, in hex: what tells a file changed, and names a workspace's index. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      searchers.close();
      writer.close();
    } finally {
      directory.close();
    }
  }

}
