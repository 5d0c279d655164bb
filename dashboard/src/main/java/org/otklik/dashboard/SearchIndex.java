package org.otklik.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.otklik.store.Store;

/**
 * Russian full-text search over post texts (Lucene's {@link RussianAnalyzer}: stemming and stop words), in a
 * directory under {@code data/}. The store is the truth: {@link #catchUp(Store)} indexes the posts past the
 * highest id already indexed and re-indexes posts whose authors edited them since the last pass (a re-indexed post
 * replaces its old document by id), so a lost index is rebuilt from the store.
 */
public final class SearchIndex implements AutoCloseable {
    private static final String ID = "id";
    private static final String MUNICIPALITY = "municipality";
    private static final String TEXT = "text";
    private static final int BATCH = 5_000;

    private final FSDirectory directory;
    private final RussianAnalyzer analyzer = new RussianAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile long lastIndexedId;
    private boolean closed;
    /** Edits after this moment are not yet in the index; from the epoch after a restart: the few edited posts are re-read once. */
    private Instant editsSeen = Instant.EPOCH;

    public SearchIndex(Path dir) {
        try {
            directory = FSDirectory.open(dir);
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            cfg.setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, cfg);
            searchers = new SearcherManager(writer, null);
            lastIndexedId = readMaxId();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open search index " + dir, e);
        }
    }

    public long lastIndexedId() {
        return lastIndexedId;
    }

    /** Indexes every stored post after the last indexed one; returns how many were added. */
    public synchronized long catchUp(Store store) {
        long added = 0;
        while (true) {
            long from = lastIndexedId;
            List<Object[]> rows = store.transaction("read posts to index after " + from, c -> {
                List<Object[]> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT id, municipality, text FROM posts WHERE id > ? ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY")) {
                    ps.setLong(1, from);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
                        }
                    }
                }
                return out;
            });
            if (rows.isEmpty()) {
                break;
            }
            for (Object[] r : rows) {
                put((Long) r[0], (String) r[1], (String) r[2]);
            }
            added += rows.size();
            lastIndexedId = (Long) rows.get(rows.size() - 1)[0];
            if (rows.size() < BATCH) {
                break;
            }
        }
        added += reindexEdited(store);
        if (added > 0) {
            commit();
        }
        return added;
    }

    private long reindexEdited(Store store) {
        Instant since = editsSeen;
        List<Object[]> rows = store.transaction("read posts edited since " + since, c -> {
            List<Object[]> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, municipality, text, updated_at FROM posts WHERE updated_at > ? AND edits > 0 AND id <= ? ORDER BY updated_at")) {
                ps.setObject(1, since.atOffset(ZoneOffset.UTC));
                ps.setLong(2, lastIndexedId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant()});
                    }
                }
            }
            return out;
        });
        for (Object[] r : rows) {
            put((Long) r[0], (String) r[1], (String) r[2]);
            editsSeen = (Instant) r[3];
        }
        return rows.size();
    }

    /** Adds or replaces one post's text (an edit replaces the old text). */
    public void put(long postId, String municipality, String text) {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(postId), Field.Store.NO));
        d.add(new LongPoint("id_point", postId));
        d.add(new NumericDocValuesField("id_sort", postId));
        d.add(new StoredField("id_stored", postId));
        d.add(new StringField(MUNICIPALITY, municipality == null ? "" : municipality, Field.Store.NO));
        d.add(new TextField(TEXT, text == null ? "" : text, Field.Store.NO));
        try {
            writer.updateDocument(new Term(ID, Long.toString(postId)), d);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index post " + postId, e);
        }
    }

    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit search index", e);
        }
    }

    /**
     * Post ids matching a Russian query in one municipality, newest first. The query language is Lucene's
     * simple one: words (any form: «ямы» finds «яма»), "phrases", -exclusion, OR with |.
     */
    public List<Long> search(String query, String municipality, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, TEXT);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query q = parser.parse(query.length() > 500 ? query.substring(0, 500) : query);
        if (q == null) {
            return List.of();
        }
        Query scoped = new BooleanQuery.Builder()
                .add(q, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(MUNICIPALITY, municipality)), BooleanClause.Occur.FILTER)
                .build();
        try {
            searchers.maybeRefresh();
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs top = s.search(scoped, limit, new Sort(new SortField("id_sort", SortField.Type.LONG, true)));
                List<Long> ids = new ArrayList<>(top.scoreDocs.length);
                var stored = s.storedFields();
                for (ScoreDoc sd : top.scoreDocs) {
                    ids.add(stored.document(sd.doc).getField("id_stored").numericValue().longValue());
                }
                return ids;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed for query of " + query.length() + " characters", e);
        }
    }

    private long readMaxId() throws IOException {
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            IndexSearcher s = new IndexSearcher(r);
            TopDocs top = s.search(new org.apache.lucene.search.MatchAllDocsQuery(), 1,
                    new Sort(new SortField("id_sort", SortField.Type.LONG, true)));
            if (top.scoreDocs.length == 0) {
                return 0;
            }
            return s.storedFields().document(top.scoreDocs[0].doc).getField("id_stored").numericValue().longValue();
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close search index", e);
        }
    }
}
