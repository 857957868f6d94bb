package org.storyline.reconcile.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.ArticleId;
import org.storyline.model.EntityType;

/** The mentions of one entity within one article, as the within-article step groups them. */
final class LocalEntity {

  /** A mention and its cleaned name; a description ("the Kremlin spokesman") is no name. */
  record Named(EntityMention mention, String name, boolean description) {}

  final ArticleId article;
  /** Its mentions; changed only through {@link #add} and {@link #sortMentions}, which keep the cached names right. */
  final List<Named> mentions = new ArrayList<>();
  final List<MergeReason> reasons = new ArrayList<>();
  /** Role words the article puts before the name ("Kremlin spokesman"), lower case; may be null. */
  String role;

  LocalEntity(ArticleId article) {
    this.article = article;
  }

  /** What {@link #name}, {@link #type} and {@link #names} last computed; null once the mentions change. */
  private String name;
  private EntityType type;
  private List<String> names;

  void add(EntityMention m, String name) {
    add(new Named(m, name, false));
  }

  void add(Named n) {
    mentions.add(n);
    changed();
  }

  /** Puts the mentions in text order. */
  void sortMentions() {
    mentions.sort(java.util.Comparator.comparing(n -> n.mention().span()));
    changed();
  }

  private void changed() {
    name = null;
    type = null;
    names = null;
  }

  /** The fullest cleaned name: most words, then most frequent, then longest, then first in order. */
  String name() {
    if (name == null) {
      name = best(mentions);
    }
    return name;
  }

  static String best(List<Named> mentions) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Named n : mentions) {
      if (!isDescription(n)) {
        counts.merge(n.name(), 1, Integer::sum);
      }
    }
    if (counts.isEmpty()) {
      return mentions.get(0).name();
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || better(e.getKey(), e.getValue(), best, counts.get(best))) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static boolean better(String a, int countA, String b, int countB) {
    int wa = Names.words(a).size();
    int wb = Names.words(b).size();
    if (wa != wb) {
      return wa > wb;
    }
    if (countA != countB) {
      return countA > countB;
    }
    return a.length() > b.length();
  }

  static boolean isDescription(Named n) {
    return n.description();
  }

  /** The type most mentions have (ties: PERSON, ORGANIZATION, LOCATION, MISC). */
  EntityType type() {
    if (type == null) {
      type = majority(mentions);
    }
    return type;
  }

  static EntityType majority(List<Named> mentions) {
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    mentions.forEach(n -> counts.merge(n.mention().type(), 1, Integer::sum));
    EntityType best = null;
    for (Map.Entry<EntityType, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /** Every distinct cleaned name, descriptions left out. */
  List<String> names() {
    if (names == null) {
      List<String> out = new ArrayList<>();
      for (Named n : mentions) {
        if (!isDescription(n) && !out.contains(n.name())) {
          out.add(n.name());
        }
      }
      names = List.copyOf(out);
    }
    return names;
  }
}
