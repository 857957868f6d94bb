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
import org.storyline.model.EntityType;

/**
 * Storyline's entity resolver: rules, each of which says why it joined two names.
 *
 * <p>Within an article (see {@link ArticleResolver}): same name, short forms, acronyms,
 * descriptions. Across articles, over the entities of each article:
 *
 * <ol>
 *   <li>the same name once folded ({@link Names#fold}: case, diacritics, transliteration
 *       variants; a company suffix for organisations);
 *   <li>a person's full names that agree on the surname (folded) and whose first names agree
 *       (folded, an initial, or one typo in a name of five letters or more), or that agree on the
 *       first name and differ by one typo in a surname of six letters or more; never two
 *       different first names;
 *   <li>a bare surname (or a short form of an organisation's name) joins the one entity whose full
 *       name it ends (starts) when exactly one does across the store; with two candidates
 *       ("Johnson": Boris and Dustin) it stays apart;
 *   <li>an acronym joins the one entity whose name it abbreviates;
 *   <li>the user's decisions, in order.
 * </ol>
 *
 * The scope of rule 3 is the whole store: stories do not exist yet; once they do, a story is
 * the better scope.
 */
public final class RuleEntityResolver implements EntityResolver {

  @Override
  public List<Entity> resolve(List<ArticleMentions> articles, List<EntityDecision> decisions) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(decisions, "decisions");
    List<ArticleMentions> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(ArticleMentions::id));
    List<LocalEntity> locals = new ArrayList<>();
    for (ArticleMentions a : sorted) {
      locals.addAll(ArticleResolver.resolve(a));
    }
    Joins joins = new Joins(locals.size());
    sameNames(locals, joins);
    personVariants(locals, joins);
    shortForms(locals, joins);
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
      for (String name : e.names()) {
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

  private static void compareAll(List<LocalEntity> locals, Joins joins, List<Integer> block, boolean sameSurname) {
    for (int x = 0; x < block.size(); x++) {
      for (int y = x + 1; y < block.size(); y++) {
        int i = block.get(x);
        int j = block.get(y);
        if (joins.root(i) == joins.root(j)) {
          continue;
        }
        List<String> a = Names.words(locals.get(i).name());
        List<String> b = Names.words(locals.get(j).name());
        String why = sameSurname
            ? firstNamesAgree(a.get(0), b.get(0))
            : typo(a.get(a.size() - 1), b.get(b.size() - 1), 6);
        if (why != null) {
          joins.join(i, j, new MergeReason(MergeReason.Kind.SPELLING_VARIANT, locals.get(j).name(),
              locals.get(i).name(), null, "'" + locals.get(j).name() + "' and '" + locals.get(i).name() + "': "
                  + (sameSurname ? "the same surname, and first names that " + why : "the same first name, and surnames that " + why)));
        }
      }
    }
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
   * Rule 3: a one-word person name joins the one full name it ends; one-word names of the other
   * types join the one longer organisation name they start. With no candidate, equal short names
   * join each other.
   */
  private static void shortForms(List<LocalEntity> locals, Joins joins) {
    Map<String, Set<Integer>> fullBySurname = new HashMap<>();
    Map<String, Set<Integer>> orgByFirstWord = new HashMap<>();
    for (int i = 0; i < locals.size(); i++) {
      LocalEntity e = locals.get(i);
      for (String n : e.names()) {
        List<String> w = Names.words(n);
        if (w.size() < 2) {
          continue;
        }
        if (isPerson(e)) {
          fullBySurname.computeIfAbsent(Names.fold(w.get(w.size() - 1)), k -> new HashSet<>()).add(i);
        } else if (e.type() == EntityType.ORGANIZATION) {
          orgByFirstWord.computeIfAbsent(Names.fold(w.get(0)), k -> new HashSet<>()).add(i);
        }
      }
    }
    Map<String, Integer> bare = new HashMap<>();
    for (int i = 0; i < locals.size(); i++) {
      LocalEntity e = locals.get(i);
      List<String> w = Names.words(e.name());
      if (w.size() != 1 || (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION)) {
        continue;
      }
      String key = Names.fold(w.get(0));
      Set<Integer> candidates = (isPerson(e) ? fullBySurname : orgByFirstWord).getOrDefault(key, Set.of());
      Set<Integer> roots = new TreeSet<>();
      candidates.forEach(c -> roots.add(joins.root(c)));
      if (roots.size() == 1) {
        int c = candidates.iterator().next();
        joins.join(c, i, new MergeReason(MergeReason.Kind.UNIQUE_SHORT_FORM, e.name(), locals.get(c).name(), e.article,
            "'" + e.name() + "' (article " + e.article + ") " + (isPerson(e) ? "ends" : "starts")
                + " exactly one " + (isPerson(e) ? "person's" : "organisation's") + " full name in the store: '"
                + locals.get(c).name() + "'"));
      } else if (roots.isEmpty() && isPerson(e)) {
        Integer j = bare.putIfAbsent("P:" + key, i);
        if (j != null) {
          joins.join(j, i, new MergeReason(MergeReason.Kind.SAME_NAME, e.name(), locals.get(j).name(), null,
              "'" + e.name() + "' and '" + locals.get(j).name() + "' fold alike ('" + key
                  + "') and no full name of the store ends so"));
        }
      }
    }
  }

  /** Rule 4: an acronym joins the one entity whose name it abbreviates. */
  private static void acronyms(List<LocalEntity> locals, Joins joins) {
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
        int hit = -1;
        String longName = null;
        for (int j = 0; j < locals.size(); j++) {
          LocalEntity o = locals.get(j);
          if (isPerson(o)) {
            continue;
          }
          for (String n : o.names()) {
            if (Names.isAcronymOf(acr, n)) {
              roots.add(joins.root(j));
              hit = j;
              longName = n;
            }
          }
        }
        if (roots.size() == 1 && joins.root(hit) != joins.root(i)) {
          joins.join(hit, i, new MergeReason(MergeReason.Kind.ACRONYM, acr, longName, null,
              "'" + acr + "' is the acronym of '" + longName + "', the only name of the store it abbreviates"));
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
