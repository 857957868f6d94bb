package org.storyline.reconcile.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.EntityType;

/**
 * Keys that link the entities of different stories.
 *
 * <p>Entities are resolved within one story (the articles reporting one happening), where a bare
 * "Johnson" means one person and the looser rules (surnames, short forms, acronyms) are safe. Across
 * stories they are linked only by an exact key, so that no loose rule ever reaches over the whole
 * store: two story entities with the same {@link #linkKey} are one entity of the store.
 */
public final class EntityKeys {

  /** National bodies known by generic words alone, which every story means alike. */
  private static final Set<String> NATIONAL = Set.of("state department", "justice department");

  private EntityKeys() {}

  /**
   * The key that links a story's entity to the entities of other stories with the same key, or
   * empty when it must stay within its story.
   *
   * <p>The key is the entity's type and its canonical name folded as the resolver compares names
   * ({@link Names#fold}: case, diacritics, punctuation and transliteration variants; titles are
   * already off the canonical name), with a company suffix and a leading country qualifier dropped
   * for the types that are not persons: "Volodymyr Zelenskyy" and "Volodymyr Zelensky" share a key,
   * so do "Apple Inc." and "Apple". An acronym keeps its letters ("WA" is not "VA").
   *
   * <p>Two kinds of entity get no key, because the same name in two stories usually names two
   * things: a person whose fullest name is one word (a bare surname such as "Johnson"), and a body
   * named only by generic words ("the Sheriff's Office", "Police Department", "Children's
   * Hospital"), which a story names so when its reader knows which one is meant. Such an entity
   * stays story-local; a caller that needs a store-wide key qualifies it with its story.
   *
   * <pre>{@code
   * linkKey(<PERSON "Joe Biden">)                = Optional["PERSON:joe biden"]
   * linkKey(<ORGANIZATION "NATO">)               = Optional["ORGANIZATION:nato"]
   * linkKey(<PERSON "Johnson">)                  = Optional.empty()
   * linkKey(<ORGANIZATION "Sheriff's Office">)   = Optional.empty()
   * }</pre>
   */
  public static Optional<String> linkKey(Entity e) {
    Objects.requireNonNull(e, "e");
    String name = e.canonicalName();
    List<String> words = Names.words(Names.plain(name));
    boolean local = e.type() == EntityType.PERSON ? words.size() < 2 : isGeneric(words);
    String key = Names.matchKey(name, e.type());
    return local || key.isEmpty() ? Optional.empty() : Optional.of(e.type().name() + ":" + key);
  }

  private static boolean isGeneric(List<String> words) {
    return NameWords.allGeneric(words) && !NATIONAL.contains(Names.withoutCompanySuffix(String.join(" ", words)));
  }
}
