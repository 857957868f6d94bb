package org.storyline.reconcile.timeline.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.extract.time.CatDocument;
import org.storyline.model.ArticleId;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Span;
import org.storyline.reconcile.entity.ArticleMentions;
import org.storyline.reconcile.entity.Entity;
import org.storyline.reconcile.entity.EntityMention;
import org.storyline.reconcile.entity.EntityResolver;

/**
 * Where each document names a target: the mentions of every entity (cross-document entity
 * coreference) one of whose names is the target's, and the target's own words wherever they stand
 * (product names such as "iPod" are often no named entity to the recogniser).
 *
 * <p>A name is the target's when their words are the same (case, punctuation and a possessive
 * aside), or when the shorter has two words or more and stands in the longer ("Apple Corps" and
 * "Beatles Apple Corps"); one word in a longer name is not enough ("Apple" is not "Apple Corps").
 */
final class TargetMentions {

  private final List<Entity> entities;
  private final Map<EntityTimelineBuilder.Analysed, ArticleId> ids;

  private TargetMentions(List<Entity> entities, Map<EntityTimelineBuilder.Analysed, ArticleId> ids) {
    this.entities = entities;
    this.ids = ids;
  }

  static TargetMentions find(List<EntityTimelineBuilder.Analysed> docs, EntityResolver resolver) {
    List<ArticleMentions> articles = new ArrayList<>();
    Map<EntityTimelineBuilder.Analysed, ArticleId> ids = new IdentityHashMap<>(); // by identity: a record's hash would walk every token
    for (int i = 0; i < docs.size(); i++) {
      EntityTimelineBuilder.Analysed a = docs.get(i);
      ArticleId id = ArticleId.ofBits(i);
      ids.put(a, id);
      articles.add(new ArticleMentions(id, a.document().text(), a.mentions()));
    }
    return new TargetMentions(resolver.resolve(articles, List.of()), ids);
  }

  /** The spans of {@code doc}'s text that name {@code target}, in no particular order. */
  List<Span> spans(String target, EntityTimelineBuilder.Analysed doc) {
    List<String> words = words(target);
    List<Span> out = new ArrayList<>();
    if (words.isEmpty()) {
      return out;
    }
    ArticleId id = ids.get(doc);
    for (Entity e : entities) {
      if (e.names().stream().anyMatch(n -> sameName(words(n), words))) {
        for (EntityMention m : e.mentions()) {
          if (m.article().equals(id)) {
            out.add(m.span());
          }
        }
      }
    }
    out.addAll(literal(words, doc.document()));
    return out;
  }

  /**
   * {@code mentions} and, where none of them stands, each target's words as a MISC mention, in text
   * order: the names an event detector should see when the targets are known names.
   */
  static List<Mention> withTargets(List<Mention> mentions, List<List<String>> targets, CatDocument doc) {
    List<Mention> out = new ArrayList<>(mentions);
    for (List<String> words : targets) {
      for (Span s : literal(words, doc)) {
        if (out.stream().noneMatch(m -> m.span().overlaps(s))) {
          out.add(new Mention(s, EntityType.MISC, s.of(doc.text())));
        }
      }
    }
    out.sort(java.util.Comparator.comparing(Mention::span));
    return out;
  }

  /** Runs of tokens that spell the target's words. */
  private static List<Span> literal(List<String> words, CatDocument doc) {
    List<Span> out = new ArrayList<>();
    List<CatDocument.Token> tokens = doc.tokens();
    outer:
    for (int i = 0; i + words.size() <= tokens.size(); i++) {
      for (int k = 0; k < words.size(); k++) {
        List<String> w = words(tokens.get(i + k).text());
        if (w.size() != 1 || !w.get(0).equals(words.get(k))) {
          continue outer;
        }
      }
      out.add(Span.of(tokens.get(i).span().start(), tokens.get(i + words.size() - 1).span().end()));
    }
    return out;
  }

  static boolean sameName(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    List<String> shorter = a.size() < b.size() ? a : b;
    List<String> longer = a.size() < b.size() ? b : a;
    return shorter.size() >= 2 && java.util.Collections.indexOfSubList(longer, shorter) >= 0;
  }

  /** A name's words: lower case, without punctuation and possessives ("Apple Inc.'s" is [apple, inc]). */
  static List<String> words(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
  }
}
