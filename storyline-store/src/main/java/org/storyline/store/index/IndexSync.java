package org.storyline.store.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.storyline.model.ArticleId;
import org.storyline.store.index.IndexedArticle.Facts;

/**
 * One catch-up of an index with its store (see {@link LuceneIndex#sync}). The articles the store
 * logged are compared with what their documents hold; the ones whose story, date or entities
 * differ are written again, and so is every document naming an entity whose canonical name changed
 * (a batch renames the entities of the stories it touches, which other stories' articles name too).
 */
final class IndexSync {

  private static final int PAGE = 500;

  private final IndexWriter writer;
  private final FacetsConfig config;
  private final IndexSource source;
  private Map<String, String> committing = Map.of();

  IndexSync(IndexWriter writer, FacetsConfig config, IndexSource source) {
    this.writer = writer;
    this.config = config;
    this.source = source;
  }

  /**
   * Brings the writer's index in step with the source, given the user data of its last commit, and
   * sets the user data the next commit records. An index of another store, ahead of it, behind the
   * changes it still logs, or of another layout than this version's ({@link Fields#FORMAT}), is rebuilt. Returns whether there is anything to commit.
   */
  boolean run(Map<String, String> committed) throws IOException {
    String store = source.storeId();
    long last = source.lastChange();
    long held = committed.containsKey(LuceneIndex.CHANGE_KEY) ? Long.parseLong(committed.get(LuceneIndex.CHANGE_KEY)) : -1;
    boolean ours = store.equals(committed.get(LuceneIndex.STORE_KEY));
    boolean readable = Fields.FORMAT.equals(committed.get(LuceneIndex.FORMAT_KEY));
    if (ours && readable && held == last) {
      return false;
    }
    if (!ours || !readable || held > last || held < source.forgotten()) {
      rebuild();
    } else {
      follow(source.changedAfter(held));
    }
    committing = Map.of(LuceneIndex.STORE_KEY, store, LuceneIndex.CHANGE_KEY, String.valueOf(last),
        LuceneIndex.FORMAT_KEY, Fields.FORMAT);
    writer.setLiveCommitData(committing.entrySet());
    return true;
  }

  /** The user data the next commit records (after {@link #run} returned true). */
  Map<String, String> committing() {
    return committing;
  }

  private void rebuild() throws IOException {
    writer.deleteAll();
    try {
      source.forEachPage(PAGE, page -> {
        try {
          write(page);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void write(List<IndexedArticle> articles) throws IOException {
    for (IndexedArticle a : articles) {
      writer.updateDocument(new Term(Fields.ID, a.id().value()), Fields.document(a, config));
    }
  }

  /** Rewrites the documents of these articles that differ from the store, and those of renamed entities. */
  private void follow(List<ArticleId> changed) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      Held held = new Held(reader);
      Set<ArticleId> rewritten = new LinkedHashSet<>();
      Map<String, String> heldNames = new HashMap<>();
      for (int i = 0; i < changed.size(); i += PAGE) {
        rewritten.addAll(compare(changed.subList(i, Math.min(changed.size(), i + PAGE)), held, heldNames));
      }
      List<ArticleId> renamed = new ArrayList<>();
      Map<String, String> now = source.entityNames(heldNames.keySet());
      for (Map.Entry<String, String> e : heldNames.entrySet()) {
        String name = e.getValue() != null ? e.getValue() : held.name(e.getKey()).orElse(null);
        if (name != null && !name.equals(now.get(e.getKey()))) {
          held.naming(e.getKey()).stream().filter(a -> !rewritten.contains(a)).forEach(renamed::add);
        }
      }
      for (int i = 0; i < renamed.size(); i += PAGE) {
        write(source.articles(renamed.subList(i, Math.min(renamed.size(), i + PAGE))));
      }
    }
  }

  /**
   * Writes the page's articles whose facts differ from their documents, deletes the documents of
   * articles no longer stored, and notes each entity the page names (before or after) with the
   * name a document gives it (null when only the store names it). Returns the articles written.
   */
  private List<ArticleId> compare(List<ArticleId> page, Held held, Map<String, String> heldNames) throws IOException {
    Map<ArticleId, Facts> now = source.facts(page);
    List<ArticleId> differ = new ArrayList<>();
    for (ArticleId id : page) {
      Optional<Facts> before = held.facts(id);
      before.ifPresent(f -> f.entities().forEach(e -> heldNames.put(e.id(), e.name())));
      Facts after = now.get(id);
      if (after == null) {
        writer.deleteDocuments(new Term(Fields.ID, id.value()));
        continue;
      }
      after.entities().forEach(e -> heldNames.putIfAbsent(e.id(), null));
      if (before.isEmpty() || !before.get().equals(after)) {
        differ.add(id);
      }
    }
    write(source.articles(differ));
    return differ;
  }

  /**
   * What the index held before this catch-up (a reader opened at its start). Each question is a
   * term looked up in each segment's terms dictionary and its live documents read from the
   * postings: a catch-up asks one for every article and every entity a batch names (some 20,000 in
   * an analyze of 2,700 articles), and a search for each (a weight, scores and a collector, over
   * every segment) was a fifth of the catch-up's CPU.
   */
  private static final class Held {
    private final List<LeafReaderContext> leaves;
    private final TermsEnum[] ids; // a segment's terms of the field, null when it has none
    private final TermsEnum[] entityIds;
    private final StoredFields[] stored; // opened when first read
    private final Map<String, String> namesRead = new HashMap<>(); // entity id -> name, from the documents name() read
    private PostingsEnum postings;

    Held(DirectoryReader reader) throws IOException {
      this.leaves = reader.leaves();
      this.ids = new TermsEnum[leaves.size()];
      this.entityIds = new TermsEnum[leaves.size()];
      this.stored = new StoredFields[leaves.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = terms(leaves.get(i).reader(), Fields.ID);
        entityIds[i] = terms(leaves.get(i).reader(), Fields.ENTITY_ID);
      }
    }

    private static TermsEnum terms(LeafReader leaf, String field) throws IOException {
      Terms t = leaf.terms(field);
      return t == null ? null : t.iterator();
    }

    Optional<Facts> facts(ArticleId id) throws IOException {
      BytesRef term = new BytesRef(id.value());
      for (int i = 0; i < ids.length; i++) {
        int doc = firstLive(ids, i, term);
        if (doc != DocIdSetIterator.NO_MORE_DOCS) {
          return Optional.of(Fields.facts(stored(i).document(doc)));
        }
      }
      return Optional.empty();
    }

    /**
     * The name the index gives an entity, from any document naming it (every document naming an
     * entity gives it the same name: a rename rewrites them all). A document read for one entity
     * gives the names of all it names: entities of one story are asked for together.
     */
    Optional<String> name(String entityId) throws IOException {
      String known = namesRead.get(entityId);
      if (known != null) {
        return Optional.of(known);
      }
      BytesRef term = new BytesRef(entityId);
      for (int i = 0; i < entityIds.length; i++) {
        int doc = firstLive(entityIds, i, term);
        if (doc != DocIdSetIterator.NO_MORE_DOCS) {
          Fields.facts(stored(i).document(doc)).entities().forEach(e -> namesRead.put(e.id(), e.name()));
          return Optional.ofNullable(namesRead.get(entityId));
        }
      }
      return Optional.empty();
    }

    /** The articles whose documents name the entity. */
    List<ArticleId> naming(String entityId) throws IOException {
      BytesRef term = new BytesRef(entityId);
      List<ArticleId> out = new ArrayList<>();
      for (int i = 0; i < entityIds.length; i++) {
        Bits live = leaves.get(i).reader().getLiveDocs();
        for (int doc = firstLive(entityIds, i, term); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            out.add(new ArticleId(stored(i).document(doc, Set.of(Fields.ID)).get(Fields.ID)));
          }
        }
      }
      return out;
    }

    /**
     * The first live document of segment {@code i} holding {@code term} in the field of {@code
     * terms}, the postings left on it; {@code NO_MORE_DOCS} when none does.
     */
    private int firstLive(TermsEnum[] terms, int i, BytesRef term) throws IOException {
      TermsEnum t = terms[i];
      if (t == null || !t.seekExact(term)) {
        return DocIdSetIterator.NO_MORE_DOCS;
      }
      postings = t.postings(postings, PostingsEnum.NONE);
      Bits live = leaves.get(i).reader().getLiveDocs();
      int doc = postings.nextDoc();
      while (doc != DocIdSetIterator.NO_MORE_DOCS && live != null && !live.get(doc)) {
        doc = postings.nextDoc();
      }
      return doc;
    }

    private StoredFields stored(int i) throws IOException {
      if (stored[i] == null) {
        stored[i] = leaves.get(i).reader().storedFields();
      }
      return stored[i];
    }
  }
}
