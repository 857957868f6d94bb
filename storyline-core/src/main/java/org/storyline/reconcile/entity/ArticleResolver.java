package org.storyline.reconcile.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.lexicon.Sex;
import org.storyline.model.ArticleId;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Span;

/**
 * Groups the mentions of one article: the same name (titles, determiners, possessives aside),
 * short forms of a longer name ("Putin" after "Vladimir Putin", "Apple" after "Apple Inc."),
 * acronyms ("OSCE" of "Organization for Security and Co-operation in Europe"), and descriptions
 * the article gives a person ("the Kremlin spokesman" after "Kremlin spokesman Dmitry Peskov").
 *
 * <p>Longer names are placed first; a short form joins the most mentioned longer name it fits
 * (ties: the nearest one before it), so a bare surname goes to the most salient full name.
 *
 * <p>A bare first name ("Talia" after "Talia Wrenfield") is no short form: it stays an entity of
 * its own, joined by the same first name in the story's other articles and never linked beyond the
 * story ({@link EntityKeys#linkKey}). It is often the full name's person (news names children and
 * victims by first name) but not reliably: relatives share the surname, and a transcript's "thank
 * you, John" is the anchor. Joined, the full name's entity would list the bare first name beside
 * the bare surname, two names that share no word: what two people fused into one look like.
 */
final class ArticleResolver {

  /** Role nouns that end a description of a person. */
  private static final Set<String> ROLE_NOUNS = Set.of(
      "spokesman", "spokeswoman", "spokesperson", "president", "minister", "secretary", "chancellor", "ambassador",
      "envoy", "adviser", "advisor", "governor", "senator", "chairman", "chairwoman", "director", "leader", "premier",
      "mayor", "commander", "chief", "general", "king", "queen", "pope", "ceo", "founder", "co-founder");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}.'’-]+");

  /** Common names of organisations that share no word with their full name. */
  private static final Map<String, String> KNOWN = Map.of(
      "pentagon", "Department of Defense",
      "foggy bottom", "State Department",
      "downing street", "UK Government");

  /** Capitals that news text uses for their country's government ("Moscow has warned ..."). */
  private static final Map<String, String> CAPITALS = Map.ofEntries(
      Map.entry("moscow", "Russia"), Map.entry("kyiv", "Ukraine"), Map.entry("kiev", "Ukraine"),
      Map.entry("beijing", "China"), Map.entry("tehran", "Iran"), Map.entry("minsk", "Belarus"),
      Map.entry("pyongyang", "North Korea"), Map.entry("ankara", "Turkey"), Map.entry("warsaw", "Poland"),
      Map.entry("tokyo", "Japan"), Map.entry("damascus", "Syria"), Map.entry("riyadh", "Saudi Arabia"));

  /** Words after a capital that make it an actor: "Moscow has", "Moscow denies", "Moscow and NATO". */
  private static final Set<String> ACTOR_AFTER = Set.of(
      "is", "was", "has", "had", "will", "would", "could", "may", "might", "must", "should", "says", "said", "wants",
      "wanted", "denies", "denied", "insists", "insisted", "warns", "warned", "and", "accused", "accuses", "demands",
      "demanded", "rejects", "rejected", "claims", "claimed", "sees", "believes", "hopes", "responded", "announced",
      "agreed", "refused", "sought", "seeks", "threatened", "threatens", "plans", "planned");

  /** Words before a capital that make it a place: "in Kyiv", "take Kyiv". */
  private static final Set<String> PLACE_BEFORE = Set.of(
      "in", "at", "near", "outside", "inside", "around", "from", "to", "into", "via", "across", "through", "toward",
      "towards", "visit", "visited", "visiting", "take", "took", "capture", "captured", "seize", "seized", "attack",
      "attacked", "encircle", "encircled", "bomb", "shell", "reach", "reached", "enter", "entered", "fly", "flew");

  /** Words before a capital that make it an actor: "leverage for Moscow", "talks between NATO and Moscow". */
  private static final Set<String> ACTOR_BEFORE = Set.of("for", "and", "with", "between", "against", "by");

  private ArticleResolver() {}

  /**
   * The name a mention stands for when it is not its own: a common name ("Pentagon"), or a
   * capital used for its government ("Moscow's demands", "Moscow has ..."), but not a capital as a
   * place ("in Moscow"); else null.
   */
  static String standsFor(String text, Mention m, String name) {
    String plain = Names.plain(name);
    if (KNOWN.containsKey(plain) && m.type() == EntityType.ORGANIZATION) {
      return KNOWN.get(plain);
    }
    String country = CAPITALS.get(plain);
    if (country == null || m.type() != EntityType.LOCATION) {
      return null;
    }
    int end = m.span().end();
    boolean possessive = text.startsWith("'s", end) || text.startsWith("’s", end);
    Matcher before = Pattern.compile("([\\p{L}]+)\\W*$").matcher(text.substring(Math.max(0, m.span().start() - 30), m.span().start()));
    String prev = before.find() ? before.group(1).toLowerCase(Locale.ROOT) : "";
    Matcher after = Pattern.compile("^\\s*([\\p{L}]+)").matcher(text.substring(end, Math.min(text.length(), end + 30)));
    String next = after.find() ? after.group(1) : "";
    if (PLACE_BEFORE.contains(prev) && !possessive) {
      return null;
    }
    boolean pastVerb = next.length() > 3 && next.endsWith("ed") && Character.isLowerCase(next.charAt(0));
    return possessive || pastVerb || ACTOR_AFTER.contains(next) || ACTOR_BEFORE.contains(prev) ? country : null;
  }

  /**
   * The keys ({@link Names#matchKey}) of the names the recogniser calls places in these articles.
   * Such a name names the place even where it is tagged an organisation (a dateline "DETROIT -"), so
   * it is no short form of an organisation's name: "Detroit" is not the Detroit Police Department,
   * the Detroit River or the Detroit News.
   */
  static Set<String> placeKeys(List<ArticleMentions> articles) {
    Set<String> out = new java.util.HashSet<>();
    for (ArticleMentions a : articles) {
      for (Mention m : a.mentions()) {
        if (m.type() == EntityType.LOCATION) {
          out.add(Names.matchKey(Names.clean(m.text(), EntityType.LOCATION), EntityType.LOCATION));
        }
      }
    }
    return out;
  }

  /**
   * The entities of one article; {@code isPlace} says whether a key is among the {@link #placeKeys}
   * of the articles resolved with it (the only thing of theirs the result depends on).
   */
  static List<LocalEntity> resolve(ArticleMentions article, Predicate<String> isPlace) {
    ArticleId id = article.id();
    Cleaned cleaned = new Cleaned();
    List<Mention> mentions = harmoniseTypes(article.mentions(), cleaned);
    // longest names first: each name's words counted once, not at each comparison of the sort
    Map<Mention, Integer> words = new IdentityHashMap<>();
    mentions.forEach(m -> words.put(m, Names.words(cleaned.of(m.text(), m.type())).size()));
    List<Mention> order = new ArrayList<>(mentions);
    order.sort(Comparator.comparingInt((Mention m) -> -words.get(m)).thenComparing(Mention::span));
    List<LocalEntity> entities = new ArrayList<>();
    Map<String, LocalEntity> byKey = new HashMap<>();
    for (Mention m : order) {
      String name = cleaned.of(m.text(), m.type());
      String standsFor = standsFor(article.text(), m, name);
      if (standsFor != null) {
        name = standsFor;
      }
      EntityMention em = new EntityMention(id, m.span(), m.text(), m.type());
      // a titled surname keeps its sex apart: "Mrs Jackson" and "Mr Jackson" may be two people
      Sex titled = m.type() == EntityType.PERSON && standsFor == null && words.get(m) == 1
          ? Sexes.ofTitle(m.text(), name) : null;
      String key = key(name, m.type()) + (titled == null ? "" : "/" + titled);
      LocalEntity host = byKey.get(key);
      if (host != null && standsFor == null && (!host.name().equals(name) || !m.text().equals(name))) {
        note(host, MergeReason.Kind.SAME_NAME, m.text(), host.name(), id,
            "'" + m.text() + "' is '" + host.name() + "' once case, titles, determiners and possessives are set aside");
      }
      if (host == null) {
        host = standsFor == null ? shortFormHost(name, m, titled, entities, id, isPlace.test(Names.matchKey(name, m.type()))) : null;
        if (host == null) {
          host = new LocalEntity(id);
          entities.add(host);
        }
        byKey.put(key, host);
      }
      host.add(em, name);
      if (standsFor != null) {
        note(host, MergeReason.Kind.KNOWN_ALIAS, m.text(), standsFor, id, "'" + m.text() + "' stands for '" + standsFor
            + "' here: " + (KNOWN.containsKey(Names.plain(m.text())) ? "a common name of it" : "the capital used as an actor, not a place"));
      }
    }
    addDescriptions(article, entities);
    for (LocalEntity e : entities) {
      e.sortMentions();
    }
    entities.sort(Comparator.comparing(e -> e.mentions.get(0).mention().span()));
    return entities;
  }

  /**
   * The cleaned names of one article's mentions, each cleaned once: cleaning (titles, possessives)
   * is asked for several times per mention while the article is resolved, and so is whether the
   * name is a titled person's. {@link Names#clean}
   * tells persons from the other types only, so those share their entries.
   */
  private static final class Cleaned {
    private final Map<String, String> asPerson = new HashMap<>();
    private final Map<String, String> asOther = new HashMap<>();
    private final Map<String, Boolean> titledPerson = new HashMap<>();

    String of(String text, EntityType type) {
      return type == EntityType.PERSON
          ? asPerson.computeIfAbsent(text, t -> Names.clean(t, EntityType.PERSON))
          : asOther.computeIfAbsent(text, t -> Names.clean(t, EntityType.MISC));
    }

    boolean isTitledPerson(String text) {
      return titledPerson.computeIfAbsent(text, t -> Names.isTitledPerson(of(t, EntityType.PERSON), of(t, EntityType.MISC)));
    }
  }

  /** The key under which the same name meets itself: folded, without a company suffix for organisations. */
  static String key(String name, EntityType type) {
    return (type == EntityType.PERSON ? "P:" : "N:") + Names.matchKey(name, type);
  }

  /**
   * Every mention of one cleaned name gets the type most of them have; a name with a title
   * ("US President Joe Biden") and a bare surname of a person named in full are persons.
   */
  private static List<Mention> harmoniseTypes(List<Mention> mentions, Cleaned cleaned) {
    Set<String> surnames = new java.util.HashSet<>();
    for (Mention m : mentions) {
      boolean person = m.type() == EntityType.PERSON || cleaned.isTitledPerson(m.text());
      List<String> w = Names.words(cleaned.of(m.text(), EntityType.PERSON));
      if (person && w.size() >= 2) {
        surnames.add(Names.fold(w.get(w.size() - 1)));
      }
    }
    List<Mention> retyped = new ArrayList<>();
    for (Mention m : mentions) {
      List<String> w = Names.words(cleaned.of(m.text(), m.type()));
      boolean person = m.type() != EntityType.PERSON
          && (cleaned.isTitledPerson(m.text()) || (w.size() == 1 && surnames.contains(Names.fold(w.get(0)))));
      if (person) {
        retyped.add(new Mention(m.span(), EntityType.PERSON, m.text()));
      } else if (m.type() == EntityType.PERSON && isStreet(cleaned.of(m.text(), EntityType.LOCATION))) {
        retyped.add(new Mention(m.span(), EntityType.LOCATION, m.text())); // "Howard Avenue", "Anderson County"
      } else {
        retyped.add(m);
      }
    }
    mentions = retyped;
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    for (Mention m : mentions) {
      String k = Names.fold(cleaned.of(m.text(), m.type()));
      votes.computeIfAbsent(k, x -> new EnumMap<>(EntityType.class)).merge(m.type(), 1, Integer::sum);
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Map<EntityType, Integer> v = votes.get(Names.fold(cleaned.of(m.text(), m.type())));
      EntityType best = m.type();
      for (Map.Entry<EntityType, Integer> e : v.entrySet()) {
        if (e.getValue() > v.get(best)) {
          best = e.getKey();
        }
      }
      out.add(best == m.type() ? m : new Mention(m.span(), best, m.text()));
    }
    return out;
  }

  /** A name of two words or more whose last word ends streets and counties ("King County", titles left on). */
  private static boolean isStreet(String cleanedAsPlace) {
    List<String> w = Names.words(cleanedAsPlace);
    return w.size() > 1 && NameWords.isStreetEnd(w.get(w.size() - 1));
  }

  /**
   * The longer name {@code name} is a short form of, or null; records why. A name whose title tells
   * a sex ({@code titled}, or null) is no short form of a full name whose first name tells the other.
   */
  private static LocalEntity shortFormHost(String name, Mention m, Sex titled, List<LocalEntity> entities,
      ArticleId id, boolean place) {
    List<String> words = Names.words(name);
    LocalEntity best = null;
    String why = null;
    MergeReason.Kind kind = null;
    for (LocalEntity e : entities) {
      String full = e.name();
      String fit = fits(name, words, m.type(), full, e.type(), place);
      if (fit == null || Sexes.disagree(titled, full)) {
        continue;
      }
      if (best == null || salience(e, m.span()) > salience(best, m.span())) {
        best = e;
        why = fit;
        kind = fit.startsWith("an acronym") ? MergeReason.Kind.ACRONYM : MergeReason.Kind.SHORT_FORM;
      }
    }
    if (best != null) {
      note(best, kind, m.text(), best.name(), id, "'" + name + "' is " + why + " '" + best.name() + "' in the same article");
    }
    return best;
  }

  /** Mentions, and a small bonus for standing before {@code at} (nearer is better). */
  private static double salience(LocalEntity e, Span at) {
    int nearest = Integer.MAX_VALUE;
    for (LocalEntity.Named n : e.mentions) {
      if (n.mention().span().start() < at.start()) {
        nearest = Math.min(nearest, at.start() - n.mention().span().start());
      }
    }
    return e.mentions.size() + (nearest == Integer.MAX_VALUE ? 0 : 0.5 / (1 + nearest / 1000.0));
  }

  /**
   * How a short name fits a longer one ("the surname of", "an acronym of"), or null; {@code place}
   * says the short name is a place name of the articles, which stands for no organisation.
   */
  static String fits(String name, List<String> words, EntityType type, String full, EntityType fullType, boolean place) {
    List<String> fw = Names.words(full);
    if (fw.size() <= words.size()) {
      return Names.isAcronymOf(name, full) ? "an acronym of" : null;
    }
    if (Names.isAcronym(name) && Names.isAcronymOf(name, full) && fullType != EntityType.PERSON) {
      return "an acronym of";
    }
    if (fullType == EntityType.PERSON) {
      boolean typed = type == EntityType.PERSON || words.size() == 1;
      if (typed && endsWith(fw, words)) {
        return words.size() == 1 ? "the surname of" : "the end of";
      }
      return null; // a bare first name is no short form: see the class comment
    }
    if (type == EntityType.PERSON || type != fullType) {
      return null;
    }
    if (type == EntityType.ORGANIZATION) {
      if (place) {
        return null;
      }
      int dropped = fw.size() - words.size();
      if (startsWith(fw, words) && NameWords.isShortStart(words, fw.subList(words.size(), fw.size()))) {
        return "the start of";
      }
      if (endsWith(fw, words) && NameWords.isShortEnd(words, fw.subList(0, dropped)) && !isOfWord(fw.get(dropped - 1))) {
        return "the end of";
      }
      return null;
    }
    if (type == EntityType.MISC && startsWith(fw, words) && restIsLowerCase(fw, words.size())) {
      return "the start of";
    }
    return null;
  }

  /**
   * Whether a word inside a name is a lower-case "of", "for", "in" ...: what follows it is the
   * place or field of the body, not the body ("Crime Stoppers of Oakland" is not Oakland).
   */
  private static boolean isOfWord(String w) {
    return !Names.isNameWord(w) && Names.isMinorWord(w);
  }

  private static boolean restIsLowerCase(List<String> fw, int from) {
    for (String w : fw.subList(from, fw.size())) {
      if (Names.isNameWord(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(List<String> full, List<String> part) {
    for (int i = 0; i < part.size(); i++) {
      if (!foldEq(full.get(i), part.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWith(List<String> full, List<String> part) {
    int off = full.size() - part.size();
    for (int i = 0; i < part.size(); i++) {
      if (!foldEq(full.get(off + i), part.get(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean foldEq(String a, String b) {
    return Names.fold(a).equals(Names.fold(b));
  }

  private static void note(LocalEntity e, MergeReason.Kind kind, String name, String other, ArticleId id, String why) {
    for (MergeReason r : e.reasons) {
      if (r.kind() == kind && r.name().equals(name) && r.other().equals(other)) {
        return;
      }
    }
    e.reasons.add(new MergeReason(kind, name, other, id, why));
  }

  /**
   * Descriptions: a person named with a role right before the name ("Kremlin spokesman Dmitry
   * Peskov", or "Russian President Vladimir Putin" as one mention) is also meant by "the" and that
   * role later in the article, when no other person of the article has the same role.
   */
  private static void addDescriptions(ArticleMentions article, List<LocalEntity> entities) {
    String text = article.text();
    Map<String, List<LocalEntity>> byRole = new HashMap<>();
    for (LocalEntity e : entities) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (LocalEntity.Named n : e.mentions) {
        String role = role(text, n);
        if (role != null) {
          e.role = role;
          List<LocalEntity> list = byRole.computeIfAbsent(role, r -> new ArrayList<>());
          if (!list.contains(e)) {
            list.add(e);
          }
          break;
        }
      }
    }
    for (Map.Entry<String, List<LocalEntity>> r : byRole.entrySet()) {
      if (r.getValue().size() != 1) {
        continue;
      }
      LocalEntity e = r.getValue().get(0);
      int first = e.mentions.get(0).mention().span().start();
      Pattern p = Pattern.compile("\\bthe " + Pattern.quote(r.getKey()) + "\\b", Pattern.CASE_INSENSITIVE);
      Matcher mt = p.matcher(text);
      while (mt.find()) {
        Span span = Span.of(mt.start(), mt.end());
        if (span.start() <= first || overlapsMention(article, span) || followedByName(text, span.end())) {
          continue;
        }
        String said = span.of(text);
        e.add(new LocalEntity.Named(new EntityMention(article.id(), span, said, EntityType.PERSON), said, true));
        note(e, MergeReason.Kind.DESCRIPTION, said, e.name(), article.id(), "the article names '" + e.name()
            + "' as its " + r.getKey() + " and no other person of it so");
      }
    }
  }

  /** The role words right before a mention (or inside it, before the name), lower case, or null. */
  static String role(String text, LocalEntity.Named n) {
    String raw = n.mention().text();
    int at = raw.indexOf(n.name());
    if (at > 0) {
      String inside = roleOf(raw.substring(0, at));
      if (inside != null) {
        return inside;
      }
    }
    int start = n.mention().span().start();
    int from = Math.max(0, start - 60);
    String before = text.substring(from, start);
    int cut = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf(',')),
        Math.max(before.lastIndexOf('\n'), Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'))));
    return roleOf(before.substring(cut + 1));
  }

  /** The last two to four words of {@code s} when they end in a role noun and start with a capital. */
  private static String roleOf(String s) {
    List<String> w = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      w.add(m.group());
    }
    if (w.isEmpty() || !ROLE_NOUNS.contains(w.get(w.size() - 1).toLowerCase(Locale.ROOT))) {
      return null;
    }
    int start = w.size() - 1;
    while (start > 0 && w.size() - start < 4 && Character.isUpperCase(w.get(start - 1).charAt(0))) {
      start--;
    }
    if (start == w.size() - 1 && !Character.isUpperCase(w.get(start).charAt(0))) {
      return null;
    }
    return String.join(" ", w.subList(start, w.size())).toLowerCase(Locale.ROOT);
  }

  private static boolean overlapsMention(ArticleMentions article, Span span) {
    for (Mention m : article.mentions()) {
      if (m.span().overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  /** "the Kremlin spokesman Dmitry Peskov": the description is a title of a name that follows. */
  private static boolean followedByName(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i > end && i < text.length() && Character.isUpperCase(text.charAt(i));
  }
}
