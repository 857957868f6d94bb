package org.storyline.store.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.search.ArticleHit;
import org.storyline.search.SearchQuery;

/**
 * An index in the first layout (titles, outlets and texts in stored fields, no layout in its commit)
 * is rebuilt when the store's writer opens it, even when it holds the store's last change; until
 * then a search says so rather than misreading it.
 */
class IndexFormatTest {

  @TempDir Path dir;

  /** The index of {@code store} as the first layout wrote it, holding the store's last change. */
  private Path firstLayout(MemorySource store, IndexedArticle a) throws IOException {
    Path folder = dir.resolve("index");
    try (FSDirectory d = FSDirectory.open(folder); IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Fields.analyzer()))) {
      Document doc = new Document();
      doc.add(new StringField(Fields.ID, a.id().value(), Field.Store.YES));
      doc.add(new TextField(Fields.TITLE, a.title(), Field.Store.YES));
      doc.add(new TextField(Fields.TEXT, a.text(), Field.Store.YES));
      doc.add(new TextField(Fields.OUTLET, a.outlet(), Field.Store.YES));
      w.addDocument(doc);
      w.setLiveCommitData(Map.of(LuceneIndex.STORE_KEY, store.storeId(), LuceneIndex.CHANGE_KEY,
          String.valueOf(store.lastChange())).entrySet());
      w.commit();
    }
    return folder;
  }

  @Test
  void anIndexOfTheFirstLayout_isRebuiltBySync() throws IOException {
    MemorySource store = new MemorySource("store").put(ArticleSearchContractTest.TROOPS);
    Path folder = firstLayout(store, ArticleSearchContractTest.TROOPS);
    try (LuceneIndex index = LuceneIndex.open(folder)) {
      assertThat(index.inStepWith(store)).isFalse();
      index.sync(store);
      assertThat(index.inStepWith(store)).isTrue();
      ArticleHit hit = index.search(SearchQuery.of("border")).articles().get(0);
      assertThat(hit.title()).isEqualTo(ArticleSearchContractTest.TROOPS.title());
      assertThat(hit.snippets().get(0).text()).contains("border");
    }
    try (FSDirectory d = FSDirectory.open(folder)) {
      assertThat(SegmentInfos.readLatestCommit(d).getUserData()).containsEntry(LuceneIndex.FORMAT_KEY, Fields.FORMAT);
      try (DirectoryReader r = DirectoryReader.open(d)) {
        assertThat(r.numDocs()).isEqualTo(1);
      }
    }
  }

  @Test
  void anIndexOfTheFirstLayout_isNotSearchedBeforeItIsRebuilt() throws IOException {
    MemorySource store = new MemorySource("store").put(ArticleSearchContractTest.TROOPS);
    try (LuceneIndex index = LuceneIndex.open(firstLayout(store, ArticleSearchContractTest.TROOPS))) {
      assertThatThrownBy(() -> index.search(SearchQuery.of("border"))).hasMessageContaining("older layout");
    }
  }
}
