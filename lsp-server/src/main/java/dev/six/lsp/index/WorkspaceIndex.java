package dev.six.lsp.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import dev.six.eval.hash.HashAlgorithm;
import dev.six.lsp.ide.FileReference;
import dev.six.lsp.ide.SixReference;
import dev.six.lsp.ide.Span;
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
  private static final String STAMP = "stamp";
  private static final String NAME = "name";
  private static final String NAME_LC = "name_lc";
  private static final String KIND = "kind";
  private static final String REFERENCE = "reference";
  private static final String REF_KIND = "ref_kind";
  private static final String REF_KEY = "ref_key";
  private static final String FORMAT = "format";
  /**
   * The layout of the documents below; an index written with another one is rebuilt. 2: symbols
   * with offsets, kind and detail; references.
   */
  static final String FORMAT_VERSION = "3";
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
    upgrade();
  }

  /** Starts over when the index was written in another format: every file is read again. */
  private void upgrade() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    boolean current;
    try {
      current = searcher.count(new TermQuery(new Term(FORMAT, FORMAT_VERSION))) > 0;
    } finally {
      searchers.release(searcher);
    }
    if (!current) {
      writer.deleteAll();
      Document format = new Document();
      format.add(new StringField(TYPE, FORMAT, Field.Store.NO));
      format.add(new StringField(FORMAT, FORMAT_VERSION, Field.Store.YES));
      writer.addDocument(format);
      writer.commit();
      searchers.maybeRefreshBlocking();
    }
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
    Map<String, StoredFile> stored = new ConcurrentHashMap<>(storedFiles());
    List<Path> files = nixFiles(root);
    listener.found(files.size());
    Instant now = Instant.now();
    AtomicInteger reindexed = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    try {
      // files are read and parsed on every core: Lucene's writer takes documents from any thread
      files.parallelStream().forEach(file -> {
        try {
          if (syncFile(file, stored.remove(file.toString()), now)) {
            reindexed.incrementAndGet();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        synchronized (listener) {
          listener.indexed(file, done.incrementAndGet(), files.size());
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (String gone : stored.keySet()) {
      writer.deleteDocuments(new Term(PATH, gone));
    }
    writer.commit();
    searchers.maybeRefreshBlocking();
    return new SyncResult(files.size(), reindexed.get(), stored.size());
  }

  /** Brings one file's entries up to date; true when it was (re-)indexed. */
  private boolean syncFile(Path file, StoredFile known, Instant now) throws IOException {
    String path = file.toString();
    String stamp = FileStamp.of(file, now);
    if (known != null && !stamp.equals(FileStamp.NONE) && stamp.equals(known.stamp())) {
      return false; // same size and time as when it was read: not read again
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException unreadable) {
      return false; // gone or unreadable since the walk: the next sync sees it again
    }
    String hash = sha256(bytes);
    if (known == null || !hash.equals(known.hash())) {
      replace(path, hash, stamp, new String(bytes, StandardCharsets.ISO_8859_1).toCharArray());
      return true;
    }
    if (!stamp.equals(known.stamp())) {
      restamp(path, hash, stamp); // touched, not changed: its entries stay
    }
    return false;
  }

  /**
   * Brings the index in line with the packages of the nixpkgs checkout at {@code nixpkgs}
   * ({@link NixpkgsPackages}): re-read only when its {@code pkgs/by-name} listing or
   * {@code all-packages.nix} changed. Meant for an index of its own, one per checkout.
   */
  public synchronized SyncResult syncPackages(Path nixpkgs) throws IOException {
    String key = "nixpkgs:" + nixpkgs.toAbsolutePath().normalize();
    NixpkgsPackages.Sources sources = NixpkgsPackages.sources(nixpkgs);
    StoredFile known = storedFiles().get(key);
    if (known != null && sources.fingerprint().equals(known.hash())) {
      return new SyncResult(count(new TermQuery(new Term(KIND, IndexedSymbol.Kind.PACKAGE.name()))), 0, 0);
    }
    List<IndexedSymbol> packages = NixpkgsPackages.packages(nixpkgs, sources);
    writer.deleteDocuments(new Term(PATH, key));
    writer.addDocument(marker(key, sources.fingerprint(), FileStamp.NONE));
    for (IndexedSymbol p : packages) {
      addSymbol(key, p);
    }
    writer.commit();
    searchers.maybeRefreshBlocking();
    return new SyncResult(packages.size(), packages.size(), 0);
  }

  /** How many files the index holds (from an earlier session, right after {@link #open}). */
  public int files() throws IOException {
    return count(new TermQuery(new Term(TYPE, FILE)));
  }

  private int count(Query query) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.count(query);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Re-indexes one file from {@code text} (its bytes, one char each), as an editor has it now. */
  public synchronized void update(String path, char[] text) throws IOException {
    replace(path, sha256(new String(text).getBytes(StandardCharsets.ISO_8859_1)), FileStamp.NONE, text);
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /**
   * Re-indexes files as an editor has them now (path to bytes, one char each; null: the file is
   * gone), visible to the next search at once; written to disk at the next sync or on close,
   * since typing would otherwise commit on every keystroke.
   */
  public synchronized void updateAll(Map<String, char[]> texts) throws IOException {
    for (Map.Entry<String, char[]> e : texts.entrySet()) {
      if (e.getValue() == null) {
        writer.deleteDocuments(new Term(PATH, e.getKey()));
      } else {
        // the editor's text, not the disk's: no stamp, so the next sync compares the file's content
        replace(e.getKey(), sha256(new String(e.getValue()).getBytes(StandardCharsets.ISO_8859_1)), FileStamp.NONE,
            e.getValue());
      }
    }
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
      // Equal scores would come in the order the documents were added, which parallel indexing
      // does not fix: more hits than asked for are ranked by score, then kind (services first),
      // file and place, so the answer is the same whatever the order of indexing.
      List<ScoreDoc> hits = List.of(searcher.search(symbols, Math.max(1, limit) * 4 + 64).scoreDocs);
      List<Ranked> ranked = new ArrayList<>();
      for (ScoreDoc hit : hits) {
        ranked.add(new Ranked(hit.score, symbol(searcher.storedFields().document(hit.doc))));
      }
      ranked.sort(Comparator.comparing((Ranked r) -> -r.score())
          .thenComparing(r -> r.symbol().kind())
          .thenComparing(r -> r.symbol().file())
          .thenComparingInt(r -> r.symbol().start())
          .thenComparing(r -> r.symbol().name()));
      List<IndexedSymbol> out = new ArrayList<>();
      for (Ranked r : ranked.subList(0, Math.min(Math.max(1, limit), ranked.size()))) {
        out.add(r.symbol());
      }
      return out;
    } finally {
      searchers.release(searcher);
    }
  }

  /** A search hit with its score. */
  private record Ranked(float score, IndexedSymbol symbol) {}

  private void replace(String path, String hash, String stamp, char[] text) throws IOException {
    writer.deleteDocuments(new Term(PATH, path));
    writer.addDocument(marker(path, hash, stamp));
    SymbolExtractor.Extraction extraction;
    try {
      extraction = SymbolExtractor.extract(path, text);
    } catch (RuntimeException | StackOverflowError broken) {
      // the file is remembered (by its hash) with nothing in it
      extraction = new SymbolExtractor.Extraction(List.of(), List.of());
    }
    for (IndexedSymbol s : extraction.symbols()) {
      addSymbol(path, s);
    }
    for (SixReference r : extraction.references()) {
      Document d = new Document();
      d.add(new StringField(TYPE, REFERENCE, Field.Store.NO));
      d.add(new StringField(PATH, path, Field.Store.YES));
      d.add(new StringField(REF_KIND, r.kind().name(), Field.Store.YES));
      d.add(new StringField(REF_KEY, r.key(), Field.Store.YES));
      d.add(new StoredField("role", r.role().name()));
      d.add(new StoredField("start", r.span().start()));
      d.add(new StoredField("end", r.span().end()));
      writer.addDocument(d);
    }
  }

  /** The document that says a file is indexed, with what tells whether it changed since. */
  private static Document marker(String path, String hash, String stamp) {
    Document marker = new Document();
    marker.add(new StringField(TYPE, FILE, Field.Store.NO));
    marker.add(new StringField(PATH, path, Field.Store.YES));
    marker.add(new StoredField(HASH, hash));
    marker.add(new StoredField(STAMP, stamp));
    return marker;
  }

  /** Replaces only the marker of a file whose content is unchanged. */
  private void restamp(String path, String hash, String stamp) throws IOException {
    writer.deleteDocuments(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, FILE)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(PATH, path)), BooleanClause.Occur.FILTER)
        .build());
    writer.addDocument(marker(path, hash, stamp));
  }

  /** {@code path}: the file whose re-indexing replaces the symbol (not always the file it points at). */
  private void addSymbol(String path, IndexedSymbol s) throws IOException {
    Document d = new Document();
    d.add(new StringField(TYPE, SYMBOL, Field.Store.NO));
    d.add(new StringField(PATH, path, Field.Store.YES));
    d.add(new StoredField("target", s.file()));
    d.add(new StringField(NAME, s.name(), Field.Store.YES));
    d.add(new StringField(NAME_LC, s.name().toLowerCase(Locale.ROOT), Field.Store.NO));
    d.add(new StringField(KIND, s.kind().name(), Field.Store.YES));
    d.add(new StoredField("container", s.container()));
    d.add(new StoredField("line", s.line()));
    d.add(new StoredField("column", s.column()));
    d.add(new StoredField("start", s.start()));
    d.add(new StoredField("end", s.end()));
    d.add(new StoredField("detail", s.detail()));
    writer.addDocument(d);
  }

  /** What the index knows of a file: its content's hash and its stamp when it was read. */
  private record StoredFile(String hash, String stamp) {}

  private Map<String, StoredFile> storedFiles() throws IOException {
    searchers.maybeRefreshBlocking();
    IndexSearcher searcher = searchers.acquire();
    try {
      Map<String, StoredFile> files = new HashMap<>();
      int n = Math.max(1, searcher.getIndexReader().numDocs());
      for (ScoreDoc hit : searcher.search(new TermQuery(new Term(TYPE, FILE)), n).scoreDocs) {
        Document d = searcher.storedFields().document(hit.doc);
        String stamp = d.get(STAMP);
        files.put(d.get(PATH), new StoredFile(d.get(HASH), stamp == null ? FileStamp.NONE : stamp));
      }
      return files;
    } finally {
      searchers.release(searcher);
    }
  }

  private static IndexedSymbol symbol(Document d) {
    return new IndexedSymbol(d.get(NAME), IndexedSymbol.Kind.valueOf(d.get(KIND)), d.get("container"), d.get("target"),
        number(d, "line"), number(d, "column"), number(d, "start"), number(d, "end"), d.get("detail"));
  }

  private static int number(Document d, String field) {
    return d.getField(field).numericValue().intValue();
  }

  private static FileReference reference(Document d) {
    return new FileReference(Path.of(d.get(PATH)), new SixReference(SixReference.Kind.valueOf(d.get(REF_KIND)),
        d.get(REF_KEY), SixReference.Role.valueOf(d.get("role")), new Span(number(d, "start"), number(d, "end"))));
  }

  /** The definitions of {@code kind} named {@code name} (every one for a null name), at most {@code limit}. */
  public List<IndexedSymbol> definitions(IndexedSymbol.Kind kind, String name, int limit) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, SYMBOL)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(KIND, kind.name())), BooleanClause.Occur.FILTER);
    if (name != null) {
      query.add(new TermQuery(new Term(NAME, name)), BooleanClause.Occur.FILTER);
    }
    return symbols(query.build(), limit);
  }

  /** Definitions of {@code kind} whose name starts with {@code prefix} (case ignored), at most {@code limit}. */
  public List<IndexedSymbol> definitionsStartingWith(IndexedSymbol.Kind kind, String prefix, int limit)
      throws IOException {
    Query query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, SYMBOL)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(KIND, kind.name())), BooleanClause.Occur.FILTER)
        .add(new PrefixQuery(new Term(NAME_LC, prefix.toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER)
        .build();
    return symbols(query, limit);
  }

  /** Everything {@code file} defines, in no particular order. */
  public List<IndexedSymbol> definitionsIn(String file) throws IOException {
    Query query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, SYMBOL)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(PATH, file)), BooleanClause.Occur.FILTER)
        .build();
    return symbols(query, Integer.MAX_VALUE);
  }

  /** The references of {@code kind} to {@code key}, or to every key starting with it when {@code prefix}. */
  public List<FileReference> references(SixReference.Kind kind, String key, boolean prefix) throws IOException {
    Query match = prefix ? new PrefixQuery(new Term(REF_KEY, key)) : new TermQuery(new Term(REF_KEY, key));
    Query query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, REFERENCE)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(REF_KIND, kind.name())), BooleanClause.Occur.FILTER)
        .add(match, BooleanClause.Occur.FILTER)
        .build();
    IndexSearcher searcher = searchers.acquire();
    try {
      List<FileReference> out = new ArrayList<>();
      int n = Math.max(1, searcher.count(query));
      for (ScoreDoc hit : searcher.search(query, n).scoreDocs) {
        out.add(reference(searcher.storedFields().document(hit.doc)));
      }
      return out;
    } finally {
      searchers.release(searcher);
    }
  }

  private List<IndexedSymbol> symbols(Query query, int limit) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      // every match, ordered by place, then the first ones: documents come in the order they were
      // added, which parallel indexing does not fix
      List<IndexedSymbol> out = new ArrayList<>();
      int n = Math.max(1, searcher.count(query));
      for (ScoreDoc hit : searcher.search(query, n).scoreDocs) {
        out.add(symbol(searcher.storedFields().document(hit.doc)));
      }
      out.sort(Comparator.comparing(IndexedSymbol::file).thenComparingInt(IndexedSymbol::start)
          .thenComparing(IndexedSymbol::name));
      return out.size() > limit ? List.copyOf(out.subList(0, Math.max(0, limit))) : out;
    } finally {
      searchers.release(searcher);
    }
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
    return HashAlgorithm.SHA256.hash(bytes).toBase16();
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
