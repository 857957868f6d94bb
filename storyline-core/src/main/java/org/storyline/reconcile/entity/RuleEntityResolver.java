package org.storyline.reconcile.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.lexicon.Sex;
import org.storyline.model.EntityType;

/**
 * Storyline's entity resolver: rules, each of which says why it joined two names.
 *
 * <p>Meant to be called with the articles of one story (articles reporting one happening), where
 * a bare "Johnson" means one person; the entities of different stories are then linked by {@link
 * EntityKeys#linkKey} alone. Called on a whole store it still works, but rule 3's "exactly one"
 * then spans the store and leaves most bare surnames apart.
 *
 * <p>Within an article (see {@link ArticleResolver}): same name, short forms, acronyms,
 * descriptions. Across articles, over the entities of each article:
 *
 * <ol>
 *   <li>the same name once folded ({@link Names#fold}: case, diacritics, transliteration
 *       variants; a company suffix for organisations), met by an article entity's names other than
 *       its acronyms and generic short forms, which fit many bodies;
 *   <li>a person's full names that agree on the surname (folded) and whose first names agree
 *       (folded, an initial, or one typo in a name of five letters or more), or that agree on the
 *       first name and differ by one typo in a surname of six letters or more; never two
 *       different first names or two different middle names, and a less specific name ("J.
 *       Smith", "John Smith") joins only when one more specific name fits;
 *   <li>a bare surname (or the start of an organisation's name, not a place) joins the one entity
 *       whose full name it ends (starts) when exactly one does in these articles; with two
 *       candidates ("Johnson": Boris and Dustin) it stays apart;
 *   <li>an acronym joins the one entity whose name it abbreviates;
 *   <li>the user's decisions, in order.
 * </ol>
 *
 * Names of local bodies share generic heads ("County Sheriff's Office", "Police Department"): the
 * short-form rules decide with the other words ({@link NameWords}), so "Detroit" is not the Detroit
 * Police Department and the Las Vegas Police Department is not the North Las Vegas one.
 */
public final class RuleEntityResolver implements EntityResolver {

  @Override
  public List<Entity> resolve(List<ArticleMentions> articles, List<EntityDecision> decisions) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(decisions, "decisions");
    List<ArticleMentions> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(ArticleMentions::id));
    Set<String> places = ArticleResolver.placeKeys(sorted);
    List<LocalEntity> locals = new ArrayList<>();
    for (ArticleMentions a : sorted) {
      locals.addAll(ArticleResolver.resolve(a, places::contains));
    }
    Joins joins = new Joins(locals.size());
    sameNames(locals, joins);
    personVariants(locals, joins);
    shortForms(locals, joins, places);
    acronyms(locals, joins);
    List<Cluster> clusters = clusters(locals, joins);
    for (EntityDecision d : decisions) {
      Decisions.apply(d, clusters);
    }
    return entities(clusters);
  }

  /** Union-find over the article entities, with the reason of each join. */
  static final class Joins {
    final int[] parent;
    final List<int[]> pairs = new ArrayList<>();
    final List<MergeReason> reasons = new ArrayList<>();

    Joins(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int root(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    boolean join(int a, int b, MergeReason why) {
      int ra = root(a);
      int rb = root(b);
      if (ra == rb) {
        return false;
      }
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
      pairs.add(new int[] {a, b});
      reasons.add(why);
      return true;
    }
  }

  private static boolean isPerson(LocalEntity e) {
    return e.type() == EntityType.PERSON;
  }

  /** Rule 1: one folded name, persons with persons, the other types together. */
  private static void sameNames(List<LocalEntity> locals, Joins joins) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < locals.size(); i++) {
      LocalEntity e = locals.get(i);
      for (String name : bridgingNames(e)) {
        if (isPerson(e) && Names.words(name).size() < 2) {
          continue; // bare surnames: rule 3
        }
        String key = ArticleResolver.key(name, e.type());
        Integer j = first.putIfAbsent(key, i);
        if (j != null && joins.root(i) != joins.root(j)) {
          String other = matching(locals.get(j), key);
          joins.join(j, i, new MergeReason(MergeReason.Kind.SAME_NAME, name, other, null,
              Names.plain(name).equals(Names.plain(other))
                  ? "'" + name + "' is written '" + other + "' in another article (up to case and punctuation)"
                  : "'" + name + "' and '" + other + "' are spelling variants: both fold to '" + Names.fold(name) + "'"));
        }
      }
    }
  }

  /**
   * The names by which an article's entity meets the same name in other articles: all but the
   * short forms that fit many bodies, acronyms ("DPD": Dallas or Detroit Police Department) and
   * names of generic words alone ("the Police Department"). The article that joined such a short
   * form to one body tells nothing about the same short form in another article, which rules 3
   * and 4 place on their own; bridging by it would chain the bodies of many articles into one.
   */
  private static List<String> bridgingNames(LocalEntity e) {
    String key = ArticleResolver.key(e.name(), e.type());
    List<String> out = new ArrayList<>();
    for (String n : e.names()) {
      boolean loose = Names.isAcronym(n) || NameWords.allGeneric(Names.words(Names.plain(n)));
      if (!loose || ArticleResolver.key(n, e.type()).equals(key)) {
        out.add(n);
      }
    }
    return out;
  }

  private static String matching(LocalEntity e, String key) {
    for (String n : e.names()) {
      if (ArticleResolver.key(n, e.type()).equals(key)) {
        return n;
      }
    }
    return e.name();
  }

  /** Rule 2: full names of persons that differ by transliteration or one typo. */
  private static void personVariants(List<LocalEntity> locals, Joins joins) {
    Map<String, List<Integer>> bySurname = new TreeMap<>();
    Map<String, List<Integer>> byFirst = new TreeMap<>();
    for (int i = 0; i < locals.size(); i++) {
      LocalEntity e = locals.get(i);
      List<String> w = Names.words(e.name());
      if (isPerson(e) && w.size() >= 2) {
        bySurname.computeIfAbsent(Names.fold(w.get(w.size() - 1)), k -> new ArrayList<>()).add(i);
        byFirst.computeIfAbsent(Names.fold(w.get(0)), k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> block : bySurname.values()) {
      compareAll(locals, joins, block, true);
    }
    for (List<Integer> block : byFirst.values()) {
      compareAll(locals, joins, block, false);
    }
  }

  /**
   * Joins the full names of one block that are one person's. In a block of one surname, the less
   * specific names come last and join only a person that is unique among the more specific ones:
   * a name without a middle name ("Aldo Ferrante") joins when one middle name is around (else it
   * would chain father and son), a name with an initial for a first name ("J. Smith") when one
   * first name with that initial is (else it would chain Jake and Jason Smith).
   */
  private static void compareAll(List<LocalEntity> locals, Joins joins, List<Integer> block, boolean sameSurname) {
    List<List<Integer>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int i : block) {
      tiers.get(sameSurname ? specificity(locals.get(i)) : 0).add(i);
    }
    for (List<Integer> tier : tiers.subList(0, 2)) {
      for (int x = 0; x < tier.size(); x++) {
        for (int y = x + 1; y < tier.size(); y++) {
          compare(locals, joins, tier.get(x), tier.get(y), sameSurname);
        }
      }
    }
    List<Integer> above = new ArrayList<>(tiers.get(0));
    for (List<Integer> tier : tiers.subList(1, 3)) {
      for (int i : tier) {
        joinUnique(locals, joins, i, above);
      }
      above.addAll(tier);
    }
  }

  /** 0 for a full name with a middle name, 1 for a first name and surname, 2 for an initial and surname. */
  private static int specificity(LocalEntity e) {
    List<String> w = Names.words(e.name());
    return isInitial(w.get(0)) ? 2 : w.size() > 2 ? 0 : 1;
  }

  /** Joins {@code i} to the one person of {@code candidates} whose first name agrees with its own, if only one. */
  private static void joinUnique(List<LocalEntity> locals, Joins joins, int i, List<Integer> candidates) {
    String first = Names.words(locals.get(i).name()).get(0);
    Set<Integer> roots = new TreeSet<>();
    int hit = -1;
    for (int j : candidates) {
      if (firstNamesAgree(first, Names.words(locals.get(j).name()).get(0)) != null) {
        roots.add(joins.root(j));
        hit = j;
      }
    }
    if (roots.size() == 1) {
      compare(locals, joins, hit, i, true);
    }
  }

  private static void compare(List<LocalEntity> locals, Joins joins, int i, int j, boolean sameSurname) {
    if (joins.root(i) == joins.root(j)) {
      return;
    }
    List<String> a = Names.words(locals.get(i).name());
    List<String> b = Names.words(locals.get(j).name());
    String sa = a.get(a.size() - 1);
    String sb = b.get(b.size() - 1);
    if (!sameSurname && Names.fold(sa).equals(Names.fold(sb))) {
      return; // one surname: its own block decides
    }
    String why = sameSurname ? firstNamesAgree(a.get(0), b.get(0)) : typo(sa, sb, 6);
    if (why != null && a.size() > 2 && b.size() > 2 && firstNamesAgree(a.get(1), b.get(1)) == null) {
      return; // two middle names: "John A. Smith" and "John B. Smith" are father and son as often as not
    }
    if (why != null) {
      joins.join(i, j, new MergeReason(MergeReason.Kind.SPELLING_VARIANT, locals.get(j).name(),
          locals.get(i).name(), null, "'" + locals.get(j).name() + "' and '" + locals.get(i).name() + "': "
              + (sameSurname ? "the same surname, and first names that " + why : "the same first name, and surnames that " + why)));
    }
  }

  /** A first name written as its initial: "J." or "J". */
  private static boolean isInitial(String firstName) {
    return Names.plain(firstName).length() == 1;
  }

  /** Why two first names are one person's, or null: folded alike, an initial, or one typo. */
  static String firstNamesAgree(String a, String b) {
    String fa = Names.fold(a);
    String fb = Names.fold(b);
    if (fa.equals(fb)) {
      return Names.plain(a).equals(Names.plain(b)) ? "are the same" : "fold alike ('" + fa + "')";
    }
    String pa = Names.plain(a);
    String pb = Names.plain(b);
    if ((pa.length() == 1 && pb.startsWith(pa)) || (pb.length() == 1 && pa.startsWith(pb))) {
      return "agree as an initial";
    }
    return typo(a, b, 5);
  }

  /** "differ by one typo" when the folded words are one edit apart and at least {@code min} letters long. */
  static String typo(String a, String b, int min) {
    String fa = Names.fold(a);
    String fb = Names.fold(b);
    if (fa.equals(fb)) {
      return "fold alike ('" + fa + "')";
    }
    if (Math.min(fa.length(), fb.length()) >= min && Similarity.levenshtein(fa, fb) == 1
        && fa.charAt(0) == fb.charAt(0)) {
      return "differ by one letter ('" + a + "', '" + b + "')";
    }
    return null;
  }

  /**
   * Rule 3: a one-word person name joins the one full name it ends; an organisation's name, places
   * aside, joins the one longer organisation name it starts ({@link NameWords#isShortStart}). With
   * no candidate, equal one-word person names join each other.
   */
  private static void shortForms(List<LocalEntity> locals, Joins joins, Set<String> places) {
    Map<String, Set<Integer>> fullBySurname = new HashMap<>();
    Map<String, Set<Integer>> orgByStart = new HashMap<>();
    for (int i = 0; i < locals.size(); i++) {
      LocalEntity e = locals.get(i);
      for (String n : e.names()) {
        List<String> w = Names.words(n);
        if (w.size() >= 2 && isPerson(e)) {
          fullBySurname.computeIfAbsent(Names.fold(w.get(w.size() - 1)), k -> new TreeSet<>()).add(i);
        } else if (e.type() == EntityType.ORGANIZATION) {
          for (int k = 1; k < w.size(); k++) {
            if (NameWords.isShortStart(w.subList(0, k), w.subList(k, w.size()))) {
              orgByStart.computeIfAbsent(Names.fold(String.join(" ", w.subList(0, k))), x -> new TreeSet<>()).add(i);
            }
          }
        }
      }
    }
    Map<String, Integer> bare = new HashMap<>();
    for (int i = 0; i < locals.size(); i++) {
      LocalEntity e = locals.get(i);
      boolean person = isPerson(e);
      if (person ? Names.words(e.name()).size() != 1
          : e.type() != EntityType.ORGANIZATION || places.contains(Names.matchKey(e.name(), e.type()))) {
        continue; // a place's name starts the names of its police, river and paper alike
      }
      Sex titled = person ? Sexes.ofTitles(e) : null; // "Mrs Jackson" ends no "Michael Jackson"
      String key = Names.fold(e.name());
      Map<Integer, Integer> byRoot = new TreeMap<>();
      for (int c : (person ? fullBySurname : orgByStart).getOrDefault(key, Set.of())) {
        if (!Sexes.disagree(titled, locals.get(c).name())) {
          byRoot.putIfAbsent(joins.root(c), c); // its own root counts: "Apple" of Apple Computer is no short form of Apple Corps
        }
      }
      if (byRoot.size() == 1 && !byRoot.containsKey(joins.root(i))) {
        int c = byRoot.values().iterator().next();
        joins.join(c, i, new MergeReason(MergeReason.Kind.UNIQUE_SHORT_FORM, e.name(), locals.get(c).name(), e.article,
            "'" + e.name() + "' (article " + e.article + ") " + (person ? "ends" : "starts")
                + " exactly one " + (person ? "person's" : "organisation's") + " full name of these articles: '"
                + locals.get(c).name() + "'"));
      } else if (byRoot.isEmpty() && person) {
        Integer j = bare.putIfAbsent(titled == null ? key : key + "/" + titled, i);
        if (j != null) {
          joins.join(j, i, new MergeReason(MergeReason.Kind.SAME_NAME, e.name(), locals.get(j).name(), null,
              "'" + e.name() + "' and '" + locals.get(j).name() + "' fold alike ('" + key
                  + "') and no full name of these articles ends so"));
        }
      }
    }
  }

  /**
   * Rule 4: an acronym joins the one entity whose name it abbreviates. The names are indexed by
   * their initials once, so each acronym is one look-up, not a pass over every name.
   */
  private static void acronyms(List<LocalEntity> locals, Joins joins) {
    Map<String, List<int[]>> byInitials = new HashMap<>(); // initials -> {entity, index of the name}
    for (int j = 0; j < locals.size(); j++) {
      LocalEntity o = locals.get(j);
      if (isPerson(o)) {
        continue;
      }
      List<String> names = o.names();
      for (int k = 0; k < names.size(); k++) {
        for (String initials : Names.initials(names.get(k))) {
          byInitials.computeIfAbsent(initials, x -> new ArrayList<>()).add(new int[] {j, k});
        }
      }
    }
    for (int i = 0; i < locals.size(); i++) {
      LocalEntity e = locals.get(i);
      if (isPerson(e)) {
        continue;
      }
      for (String acr : e.names()) {
        if (!Names.isAcronym(acr)) {
          continue;
        }
        Set<Integer> roots = new TreeSet<>();
        int[] hit = null;
        for (int[] c : byInitials.getOrDefault(Names.acronymLetters(acr), List.of())) {
          roots.add(joins.root(c[0]));
          hit = c;
        }
        if (roots.size() == 1 && joins.root(hit[0]) != joins.root(i)) {
          String longName = locals.get(hit[0]).names().get(hit[1]);
          joins.join(hit[0], i, new MergeReason(MergeReason.Kind.ACRONYM, acr, longName, null,
              "'" + acr + "' is the acronym of '" + longName + "', the only name of these articles it abbreviates"));
        }
      }
    }
  }

  /** An entity being built: mentions with their cleaned names, and the reasons. */
  static final class Cluster {
    final List<LocalEntity.Named> mentions = new ArrayList<>();
    final List<MergeReason> reasons = new ArrayList<>();
    /** The name a user's merge gave it; null when none. */
    String preferred;

    String name() {
      if (preferred != null && mentions.stream().anyMatch(n -> n.name().equals(preferred))) {
        return preferred;
      }
      return LocalEntity.best(mentions);
    }

    Set<String> foldedNames() {
      Set<String> out = new HashSet<>();
      for (LocalEntity.Named n : mentions) {
        out.add(Names.fold(n.name()));
        out.add(Names.fold(n.mention().text()));
      }
      return out;
    }
  }

  private static List<Cluster> clusters(List<LocalEntity> locals, Joins joins) {
    Map<Integer, Cluster> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < locals.size(); i++) {
      Cluster c = byRoot.computeIfAbsent(joins.root(i), r -> new Cluster());
      c.mentions.addAll(locals.get(i).mentions);
      c.reasons.addAll(locals.get(i).reasons);
    }
    for (int k = 0; k < joins.pairs.size(); k++) {
      byRoot.get(joins.root(joins.pairs.get(k)[0])).reasons.add(joins.reasons.get(k));
    }
    return new ArrayList<>(byRoot.values());
  }

  private static List<Entity> entities(List<Cluster> clusters) {
    List<Entity> out = new ArrayList<>();
    Set<EntityId> used = new HashSet<>();
    for (Cluster c : clusters) {
      if (c.mentions.isEmpty()) {
        continue;
      }
      List<EntityMention> mentions = new ArrayList<>();
      Set<String> aliases = new LinkedHashSet<>();
      for (LocalEntity.Named n : c.mentions) {
        mentions.add(n.mention());
        aliases.add(n.name());
        aliases.add(n.mention().text().strip());
      }
      mentions.sort(null);
      String canonical = c.name();
      aliases.remove(canonical);
      EntityType type = LocalEntity.majority(c.mentions);
      EntityId id = EntityId.derive(type, canonical, "");
      if (!used.add(id)) {
        EntityMention m = mentions.get(0);
        id = EntityId.derive(type, canonical, m.article() + "@" + m.span().start());
        used.add(id);
      }
      out.add(new Entity(id, canonical, type, new TreeSet<>(aliases), mentions, c.reasons));
    }
    out.sort(Comparator.comparingInt(Entity::mentionCount).reversed().thenComparing(Entity::canonicalName)
        .thenComparing(Entity::id));
    return out;
  }
}
