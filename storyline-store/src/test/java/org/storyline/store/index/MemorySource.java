package org.storyline.store.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.storyline.model.ArticleId;
import org.storyline.store.index.IndexedArticle.EntityName;
import org.storyline.store.index.IndexedArticle.Facts;

/** A store in memory for the index's tests: articles, entity names and a change log. */
final class MemorySource implements IndexSource {

  private final String id;
  private final Map<ArticleId, IndexedArticle> articles = new LinkedHashMap<>();
  private final Map<String, String> names = new TreeMap<>();
  private final TreeMap<Long, Set<ArticleId>> log = new TreeMap<>();
  private long change;

  MemorySource(String id) {
    this.id = id;
  }

  /** Stores (or replaces) the articles as one change; their entities' names become the store's. */
  MemorySource put(IndexedArticle... as) {
    Set<ArticleId> changed = new LinkedHashSet<>();
    for (IndexedArticle a : as) {
      articles.put(a.id(), a);
      a.facts().entities().forEach(e -> names.put(e.id(), e.name()));
      changed.add(a.id());
    }
    log.put(++change, changed);
    return this;
  }

  /** Renames an entity in the store as one change that logs only {@code logged} (as a batch touching one story would). */
  MemorySource rename(String entityId, String name, ArticleId... logged) {
    names.put(entityId, name);
    for (ArticleId a : List.copyOf(articles.keySet())) {
      IndexedArticle old = articles.get(a);
      List<EntityName> es = old.facts().entities().stream()
          .map(e -> e.id().equals(entityId) ? new EntityName(e.id(), name) : e).toList();
      Facts f = new Facts(a, old.facts().story(), old.facts().published(), es);
      articles.put(a, new IndexedArticle(f, old.title(), old.outlet(), old.text()));
    }
    log.put(++change, new LinkedHashSet<>(List.of(logged)));
    return this;
  }

  @Override
  public String storeId() {
    return id;
  }

  @Override
  public long lastChange() {
    return change;
  }

  @Override
  public long forgotten() {
    return 0;
  }

  @Override
  public List<ArticleId> changedAfter(long after) {
    Set<ArticleId> out = new LinkedHashSet<>();
    log.tailMap(after, false).values().forEach(out::addAll);
    return List.copyOf(out);
  }

  @Override
  public Map<ArticleId, Facts> facts(Collection<ArticleId> ids) {
    Map<ArticleId, Facts> out = new LinkedHashMap<>();
    ids.stream().filter(articles::containsKey).forEach(a -> out.put(a, articles.get(a).facts()));
    return out;
  }

  @Override
  public Map<String, String> entityNames(Collection<String> entityIds) {
    Map<String, String> out = new LinkedHashMap<>();
    entityIds.stream().filter(names::containsKey).forEach(e -> out.put(e, names.get(e)));
    return out;
  }

  @Override
  public List<IndexedArticle> articles(Collection<ArticleId> ids) {
    return ids.stream().filter(articles::containsKey).map(articles::get).toList();
  }

  @Override
  public void forEachPage(int pageSize, Consumer<List<IndexedArticle>> page) {
    List<IndexedArticle> all = new ArrayList<>(articles.values());
    for (int i = 0; i < all.size(); i += pageSize) {
      page.accept(all.subList(i, Math.min(all.size(), i + pageSize)));
    }
  }
}
