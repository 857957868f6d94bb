package org.storyline.extract.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Token;
import org.storyline.extract.time.Timex;
import org.storyline.extract.time.TimexType;
import org.storyline.extract.time.TimexValue;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Span;

/**
 * What one sentence says of each of its triggers, by rules over the words around it: nominal or
 * verbal, tense and aspect (the auxiliaries to its left), modality (negation, denial, condition,
 * plan), participants (the closest person or organisation on each side, roles swapped in the
 * passive), place (a location after "in", "at", "near") and time (the dated time expression of
 * the sentence whose phrase hangs on the trigger, see {@link TimeAnchors}, else the closest one,
 * else the tense and the publication date).
 *
 * <p>Built once per sentence that has triggers, with all of them, and describes them in text
 * order; not thread-safe, cheap to build.
 */
final class EventAttributes {

  private static final Set<String> DETERMINERS = Set.of(
      "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "any",
      "no", "each", "every", "'s", "’s", "another", "such", "of");
  private static final Set<String> NOUN_PREPOSITIONS = Set.of("after", "before", "during", "amid", "since",
      "following", "despite", "about", "over", "against", "of", "for", "in", "at", "from", "with");
  private static final Set<String> MODIFIERS = Set.of("video", "phone", "new", "first", "last", "next", "big", "major",
      "large", "small", "recent", "possible", "planned", "upcoming", "full", "long", "short", "virtual", "secret",
      "peace", "border", "trade", "military", "joint", "high", "top", "summit", "troop", "weekend", "deadly");
  private static final Set<String> VERBAL_LEFT = Set.of(
      "to", "will", "would", "could", "should", "may", "might", "can", "must", "shall", "'ll", "did", "do", "does",
      "has", "have", "had", "'ve", "'d", "is", "are", "am", "was", "were", "be", "been", "being", "he", "she", "they",
      "we", "i", "it", "who", "not", "n't");
  /** Words of {@link #VERBAL_LEFT} that are not auxiliaries: a verb's auxiliaries end at them. */
  private static final Set<String> NOT_AUXILIARIES = Set.of("he", "she", "they", "we", "i", "it", "who", "to");
  private static final Set<String> SKIPPED = Set.of("not", "n't", "never", "also", "already", "just", "still", "now",
      "reportedly", "allegedly", "recently", "then", "only", "even", "finally", "previously");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "without");
  private static final Set<String> DENIALS = Set.of("deny", "denial", "reject", "dismiss", "refute", "rebut");
  private static final Set<String> OPENING_QUOTES = Set.of("\u201c", "\"", "``", "'", "\u2018");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "should", "lest");
  private static final Set<String> MODALS = Set.of("could", "might", "may", "would", "should", "can");
  private static final Set<String> FUTURE = Set.of("will", "'ll", "shall");
  private static final Set<String> PLANS = Set.of("plan", "intend", "expect", "schedule", "prepare", "aim", "want",
      "hope", "seek", "set", "agree", "decide", "propose", "due", "upcoming", "planned", "scheduled", "proposed",
      "expected", "forthcoming", "planning", "going", "ready", "poised", "threaten", "vow", "pledge", "promise");
  private static final Set<String> SAYING = Set.of("say", "tell", "confirm", "announce", "report", "state", "add",
      "note", "indicate", "insist", "predict", "warn", "promise", "expect");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "inside", "across");
  private static final Set<String> WEEKDAYS = Arrays.stream(DayOfWeek.values())
      .map(d -> d.name().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  private static final Set<String> BE = Set.of("is", "are", "am", "was", "were", "be", "been", "being");
  /** Subjects after which a verb without "-s" is in the present tense: "they say". */
  private static final Set<String> PLURAL_SUBJECTS = Set.of("they", "we", "i", "you");
  /** Prepositions between a trigger and its object: "attacks on Kyiv". */
  private static final Set<String> OBJECT_PREPOSITIONS = Set.of("on", "against", "of");

  /*
   * The word lists a token is in, as bits ({@link #lexicon}): found once per word by the tagger's
   * memory of words rather than looked up in the sets at every step of the rules below.
   */
  private static final int NOUN_LEFT = 1; // a determiner or a preposition before a noun
  private static final int OPENING_QUOTE = 1 << 1;
  private static final int VERBAL = 1 << 2; // VERBAL_LEFT
  private static final int SKIP = 1 << 3; // SKIPPED
  private static final int MODIFIER = 1 << 4; // what isModifier says of the word
  private static final int AUXILIARY_END = 1 << 5; // ends the auxiliaries on a verb's left
  private static final int NEGATION = 1 << 6;
  private static final int DENIAL = 1 << 7; // of the lemma
  private static final int CONDITION = 1 << 8;
  private static final int MODAL = 1 << 9;
  private static final int PLAN_LEMMA = 1 << 10;
  private static final int PLAN_WORD = 1 << 11;
  private static final int SAY = 1 << 12; // of the lemma
  private static final int PLACE_PREPOSITION = 1 << 13;
  private static final int OBJECT_PREPOSITION = 1 << 14;
  private static final int CLAUSE_BREAK = 1 << 15; // a comma, semicolon or colon
  private static final int PLURAL_SUBJECT = 1 << 16;

  /** The word lists that a token of text {@code raw}, lower-cased {@code lower}, of lemma {@code lemma} is in, as bits. */
  static int lexicon(String raw, String lower, String lemma) {
    int bits = 0;
    bits |= DETERMINERS.contains(lower) || NOUN_PREPOSITIONS.contains(lower) ? NOUN_LEFT : 0;
    bits |= OPENING_QUOTES.contains(lower) ? OPENING_QUOTE : 0;
    bits |= VERBAL_LEFT.contains(lower) ? VERBAL : 0;
    bits |= SKIPPED.contains(lower) ? SKIP : 0;
    bits |= isModifier(raw, lower) ? MODIFIER : 0;
    bits |= !VERBAL_LEFT.contains(lower) || NOT_AUXILIARIES.contains(lower) ? AUXILIARY_END : 0;
    bits |= NEGATIONS.contains(lower) ? NEGATION : 0;
    bits |= DENIALS.contains(lemma) ? DENIAL : 0;
    bits |= CONDITIONS.contains(lower) ? CONDITION : 0;
    bits |= MODALS.contains(lower) ? MODAL : 0;
    bits |= PLANS.contains(lemma) ? PLAN_LEMMA : 0;
    bits |= PLANS.contains(lower) ? PLAN_WORD : 0;
    bits |= SAYING.contains(lemma) ? SAY : 0;
    bits |= PLACE_PREPOSITIONS.contains(lower) ? PLACE_PREPOSITION : 0;
    bits |= OBJECT_PREPOSITIONS.contains(lower) ? OBJECT_PREPOSITION : 0;
    bits |= lower.equals(",") || lower.equals(";") || lower.equals(":") ? CLAUSE_BREAK : 0;
    bits |= PLURAL_SUBJECTS.contains(lower) ? PLURAL_SUBJECT : 0;
    return bits;
  }

  private final String text;
  private final List<Token> tokens;
  private final String[] lower;
  private final String[] lemma;
  /** Per token: its {@link #lexicon}. */
  private final int[] lexicon;
  private final List<Timex> timexes;
  private final List<Mention> mentions;
  /** Per mention of the sentence: its token range ({@link #tokenRange}), found once, not per trigger. */
  private final int[][] mentionRanges;
  /** Per time expression of the sentence: its token range. */
  private final int[][] timexRanges;
  private final Optional<LocalDate> published;
  private final boolean headline;
  /** Per token: whether an entity mention ends on it. */
  private final boolean[] endsMention;
  /** The tense of the last verbal trigger described and its token, which governs the nouns after it. */
  private Tense governingTense = Tense.NONE;
  private int governingToken = -100;
  /** The sentence's trigger tokens in increasing order, and per token whether a trigger there is a verb. */
  private final int[] triggerTokens;
  private final boolean[] verbal;
  /** Per token: whether {@link #isNominal} was found true (1), false (-1) or not asked yet (0). */
  private final byte[] nounReading;
  /** Per time expression of the sentence: the token of the trigger it dates ({@link TimeAnchors}). */
  private final int[] governors;
  /** Per time expression of the sentence: whether the trigger it dates is a verb. */
  private final boolean[] verbGoverned;

  EventAttributes(String text, Sentence sentence, List<PerceptronEventDetector.Trigger> triggers, List<Timex> allTimexes,
      List<Mention> allMentions, Optional<LocalDate> published) {
    this(text, sentence, lowerCased(sentence), lemmas(sentence), null, triggers, allTimexes, allMentions, published);
  }

  /**
   * The attributes of a sentence's triggers, given its words lower-cased, their lemmas ({@link
   * Lemmas#of}) and their {@link #lexicon} (null to find it here), as the tagger computed them.
   */
  EventAttributes(String text, Sentence sentence, String[] lower, String[] lemma, int[] lexicon,
      List<PerceptronEventDetector.Trigger> triggers, List<Timex> allTimexes, List<Mention> allMentions,
      Optional<LocalDate> published) {
    this.text = text;
    this.tokens = sentence.tokens();
    this.lower = lower;
    this.lemma = lemma;
    this.lexicon = lexicon != null ? lexicon : lexicon(tokens, lower, lemma);
    Span span = sentence.span();
    this.timexes = within(span, allTimexes, Timex::span);
    this.mentions = within(span, allMentions, Mention::span);
    this.published = published;
    this.mentionRanges = new int[mentions.size()][];
    for (int k = 0; k < mentionRanges.length; k++) {
      mentionRanges[k] = tokenRange(mentions.get(k).span());
    }
    this.timexRanges = new int[timexes.size()][];
    for (int k = 0; k < timexRanges.length; k++) {
      timexRanges[k] = tokenRange(timexes.get(k).span());
    }
    this.endsMention = new boolean[tokens.size()];
    for (int[] r : mentionRanges) {
      if (r != null) {
        endsMention[r[1]] = true;
      }
    }
    this.triggerTokens = new int[triggers.size()];
    for (int k = 0; k < triggerTokens.length; k++) {
      triggerTokens[k] = triggers.get(k).token();
    }
    Arrays.sort(triggerTokens);
    this.verbal = new boolean[lower.length];
    this.nounReading = new byte[lower.length];
    for (int t : triggerTokens) {
      verbal[t] = !isNominal(t);
    }
    this.governors = governors();
    this.verbGoverned = new boolean[governors.length];
    for (int k = 0; k < governors.length; k++) {
      verbGoverned[k] = governors[k] != TimeAnchors.NONE && !isNominal(governors[k]);
    }
    // a headline has no final stop, and in it "to" before a verb is the future: "Biden to hold call"
    this.headline = !lower[lower.length - 1].equals(".") && !lower[lower.length - 1].equals("\"");
  }

  private static int[] lexicon(List<Token> tokens, String[] lower, String[] lemma) {
    int[] out = new int[lower.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = lexicon(tokens.get(k).text(), lower[k], lemma[k]);
    }
    return out;
  }

  /** Whether token {@code j} is in the word list of {@code bit}. */
  private boolean is(int j, int bit) {
    return (lexicon[j] & bit) != 0;
  }

  private static String[] lowerCased(Sentence sentence) {
    return sentence.tokens().stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toArray(String[]::new);
  }

  private static String[] lemmas(Sentence sentence) {
    return sentence.tokens().stream().map(t -> Lemmas.of(t.text())).toArray(String[]::new);
  }

  EventMention describe(PerceptronEventDetector.Trigger t) {
    int i = t.token();
    boolean nominal = isNominal(i);
    Tense tense = Tense.NONE;
    Aspect aspect = Aspect.NONE;
    boolean passive = false;
    if (!nominal) {
      Verb v = verb(i);
      tense = v.tense;
      aspect = v.aspect;
      passive = v.passive;
    }
    if (!nominal && tense != Tense.NONE) {
      governingTense = tense;
      governingToken = i;
    }
    // a noun or an untensed verb takes the tense of the verb it hangs on: "will hold a video call on Tuesday"
    Tense effective = tense == Tense.NONE && i - governingToken <= 6 ? governingTense : tense;
    Reading reading = reading(i, effective);
    EventTime linked = agreeing(linkedTime(i, effective), tense, modality(reading, null));
    Modality modality = modality(reading, linked);
    // the tense dates only what the sentence says happened; a plan, a denial or a condition has no date of its own
    EventTime time = linked != null ? linked : modality == Modality.HAPPENED ? tenseTime(tense, aspect) : EventTime.unknown();
    EventType type = NewsTypes.of(lemma[i], lower[i], t.timeMlClass());
    return new EventMention(t.span(), t.span().of(text), t.timeMlClass(), type, nominal, modality, tense, aspect,
        participants(i, nominal, passive), place(i), time);
  }

  /**
   * A noun when a determiner, possessive or preposition stands before it, past at most three
   * modifiers ("the Dec. 7 call", "an invasion", "after the deadly attack"), or when it has a noun
   * suffix ("sanctions", "deployment") and no auxiliary before it.
   */
  private boolean isNominal(int i) {
    if (nounReading[i] == 0) {
      nounReading[i] = (byte) (readsAsNoun(i) ? 1 : -1);
    }
    return nounReading[i] > 0;
  }

  /** {@link #isNominal}, worked out. */
  private boolean readsAsNoun(int i) {
    if (i > 0 && endsMention[i - 1]) {
      return false; // a name right before it is its subject: "the White House said"
    }
    for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
      if (is(j, OPENING_QUOTE)) {
        continue; // "about “efforts to resolve ...”": the quotation opens inside the phrase
      }
      if (is(j, NOUN_LEFT)) {
        return true;
      }
      if (!is(j, MODIFIER)) {
        break;
      }
    }
    if (i > 0 && is(i - 1, VERBAL)) {
      return false;
    }
    String w = lower[i].endsWith("s") ? lower[i].substring(0, lower[i].length() - 1) : lower[i];
    if (w.endsWith("ed") || w.endsWith("ing")) {
      return false;
    }
    return w.endsWith("tion") || w.endsWith("sion") || w.endsWith("ment") || w.endsWith("ance") || w.endsWith("ence")
        || w.endsWith("ure") || w.endsWith("ship") || w.endsWith("ism") || w.endsWith("ion")
        || i + 1 < lower.length && lower[i + 1].equals("of");
  }

  /** A word that may stand between a determiner and its noun: a number, a name, an adjective. */
  private static boolean isModifier(String raw, String w) {
    return Character.isDigit(raw.charAt(0)) || Character.isUpperCase(raw.charAt(0)) && w.endsWith(".") || w.contains("-")
        || w.endsWith("al") || w.endsWith("ive") || w.endsWith("ous") || w.endsWith("ic") || w.endsWith("an")
        || w.endsWith("ful") || w.endsWith("ly") && !SKIPPED.contains(w) || MODIFIERS.contains(w);
  }

  /** What {@link #verb} reads in an auxiliary, as bits, so that a trigger tests bits rather than a list of words. */
  private static final int AUX_FUTURE = 1;
  private static final int AUX_BE = 2;
  private static final int AUX_HAD = 4;
  private static final int AUX_D = 8;
  private static final int AUX_HAVE = 16;
  private static final int AUX_PAST = 32;
  private static final int AUX_PRESENT = 64;
  private static final Map<String, Integer> AUX_BITS = auxBits();

  private static Map<String, Integer> auxBits() {
    Map<String, Integer> bits = new HashMap<>();
    FUTURE.forEach(w -> bits.merge(w, AUX_FUTURE, (a, b) -> a | b));
    BE.forEach(w -> bits.merge(w, AUX_BE, (a, b) -> a | b));
    bits.merge("had", AUX_HAD, (a, b) -> a | b);
    bits.merge("'d", AUX_D, (a, b) -> a | b);
    List.of("has", "have", "'ve").forEach(w -> bits.merge(w, AUX_HAVE, (a, b) -> a | b));
    List.of("was", "were", "did").forEach(w -> bits.merge(w, AUX_PAST, (a, b) -> a | b));
    List.of("is", "are", "am", "do", "does").forEach(w -> bits.merge(w, AUX_PRESENT, (a, b) -> a | b));
    return Map.copyOf(bits);
  }

  private record Verb(Tense tense, Aspect aspect, boolean passive) {}

  /** Tense, aspect and voice from the auxiliaries left of the verb (adverbs and "not" skipped). */
  private Verb verb(int i) {
    int aux = 0;
    int auxCount = 0;
    for (int j = i - 1; j >= Math.max(0, i - 5) && auxCount < 3; j--) {
      String w = lower[j];
      if (is(j, SKIP) || w.endsWith("ly")) {
        continue;
      }
      if (is(j, AUXILIARY_END)) {
        if (w.equals("to") && j > 0 && (lower[j - 1].equals("going") || is(j - 1, PLAN_LEMMA) || headline)) {
          return new Verb(Tense.FUTURE, Aspect.NONE, false);
        }
        break;
      }
      aux |= AUX_BITS.getOrDefault(w, 0);
      auxCount++;
    }
    String w = lower[i];
    boolean ing = w.endsWith("ing");
    boolean participle = w.endsWith("ed") || w.endsWith("en") || !lemma[i].equals(w) && !w.endsWith("s") && !ing;
    boolean future = (aux & AUX_FUTURE) != 0;
    boolean perfectPast = (aux & AUX_HAD) != 0 || (aux & AUX_D) != 0 && participle;
    boolean perfect = perfectPast || (aux & AUX_HAVE) != 0;
    boolean be = (aux & AUX_BE) != 0;
    boolean progressive = be && ing;
    boolean passive = be && participle && !ing;
    Aspect aspect = perfect && progressive ? Aspect.PERFECTIVE_PROGRESSIVE
        : perfect ? Aspect.PERFECTIVE : progressive ? Aspect.PROGRESSIVE : Aspect.NONE;
    Tense tense;
    if (future) {
      tense = Tense.FUTURE;
    } else if (perfectPast || (aux & AUX_PAST) != 0) {
      tense = Tense.PAST;
    } else if (perfect || (aux & AUX_PRESENT) != 0) {
      tense = Tense.PRESENT;
    } else if (auxCount == 0 && (w.endsWith("ed") || participle && !w.endsWith("en"))) {
      tense = Tense.PAST;
    } else if (auxCount == 0 && !ing && (w.endsWith("s") || i > 0 && is(i - 1, PLURAL_SUBJECT))) {
      tense = Tense.PRESENT;
    } else {
      tense = Tense.NONE;
    }
    return new Verb(tense, aspect, passive);
  }

  /**
   * What the words before trigger {@code i} say of its modality, read once per trigger: the modality
   * when no time is linked to it, and where a "would" gave it (-1 when none did), which a linked time
   * in reported speech turns into a plan ({@link #modality(Reading, EventTime)}).
   */
  private record Reading(Modality unlinked, int would) {}

  private Reading reading(int i, Tense tense) {
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (is(j, NEGATION)) {
        return new Reading(Modality.NEGATED, -1);
      }
    }
    for (int j = i - 1; j >= Math.max(0, i - 8); j--) {
      if (is(j, DENIAL)) {
        return new Reading(Modality.DENIED, -1);
      }
    }
    for (int j = i - 1; j >= Math.max(0, i - 10); j--) {
      if (is(j, CONDITION) && !(lower[j].equals("should") && j < i - 3)) {
        return new Reading(Modality.HYPOTHETICAL, -1);
      }
    }
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (is(j, MODAL)) {
        return new Reading(Modality.HYPOTHETICAL, lower[j].equals("would") ? j : -1);
      }
    }
    if (tense == Tense.FUTURE) {
      return new Reading(Modality.PLANNED, -1);
    }
    for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
      if (is(j, PLAN_LEMMA | PLAN_WORD)) {
        return new Reading(Modality.PLANNED, -1);
      }
    }
    return new Reading(Modality.HAPPENED, -1);
  }

  /** A trigger's modality from its {@link Reading} and the time linked to it, if any. */
  private Modality modality(Reading reading, EventTime linked) {
    if (linked == null) {
      return reading.unlinked();
    }
    if (reading.would() >= 0) {
      // "Peskov confirmed that Putin would speak with Biden today": reported speech's future, not a condition
      return saidBefore(reading.would()) ? Modality.PLANNED : Modality.HYPOTHETICAL;
    }
    if (reading.unlinked() == Modality.HAPPENED && published.isPresent() && linked.first().isAfter(published.get())) {
      return Modality.PLANNED;
    }
    return reading.unlinked();
  }

  /**
   * The time another event of the sentence governs, kept only when it agrees with what the
   * trigger says of itself against the report's date: a plan ("will hold negotiations ...,"
   * Lavrov said Monday) is not dated by a day before its report, and a verb in the past tense not
   * by a time wholly after it ("resigned, and elections will be held on Friday"). A time the
   * trigger governs itself is always kept. (A verb without tense of its own, "to mark", "seeking",
   * or a noun is left alone: TempEval-3's gold links date such words by the later times of their
   * sentences.)
   *
   * @param own the trigger's own tense; {@code unlinked} its modality with no time linked
   */
  private EventTime agreeing(EventTime linked, Tense own, Modality unlinked) {
    if (linked == null || linked.source() != EventTime.Source.SENTENCE_TIMEX || published.isEmpty()) {
      return linked;
    }
    boolean plan = unlinked == Modality.PLANNED;
    if (plan && linked.last().isBefore(published.get()) || own == Tense.PAST && linked.first().isAfter(published.get())) {
      return null;
    }
    return linked;
  }

  /** Whether a verb of saying stands before token {@code j}: what follows it is reported. */
  private boolean saidBefore(int j) {
    for (int k = 0; k < j; k++) {
      if (is(k, SAY)) {
        return true;
      }
    }
    return false;
  }

  /** Token index range [first, last] of a mention, or null when it does not fall on tokens of this sentence. */
  private int[] tokenRange(Span s) {
    // tokens follow one another without overlapping: both their starts and their ends increase
    int a = firstToken(t -> t.end() > s.start());
    int b = firstToken(t -> t.start() >= s.end()) - 1;
    return a == tokens.size() || b < a ? null : new int[] {a, b};
  }

  /** The first token for which {@code test}, true of every token after one it is true of, holds; or the number of tokens. */
  private int firstToken(Predicate<Token> test) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (test.test(tokens.get(mid))) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * The closest entity before the trigger (its subject: agent, or patient in the passive) and the
   * closest after it (its object: patient, or agent after "by"), neither across a comma. People
   * and organisations count within a few words; places and other names only right beside the
   * trigger or its auxiliaries ("Russia has massed", "attacks Ukraine"), as countries act too.
   */
  private List<Participant> participants(int i, boolean nominal, boolean passive) {
    Mention before = null;
    int beforeEnd = -1;
    Mention after = null;
    int afterStart = Integer.MAX_VALUE;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      int[] r = mentionRanges[k];
      if (r == null || r[0] > 0 && is(r[0] - 1, PLACE_PREPOSITION)) {
        continue;
      }
      boolean actor = m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION;
      if (r[1] < i && r[1] > beforeEnd && !crossesComma(r[1] + 1, i)
          && (actor && i - r[1] <= 8 || onlyAuxiliaries(r[1] + 1, i))) {
        before = m;
        beforeEnd = r[1];
      } else if (r[0] > i && r[0] < afterStart && !crossesComma(i + 1, r[0])
          && (actor && r[0] - i <= 4 || r[0] == i + 1 || r[0] == i + 2 && is(i + 1, OBJECT_PREPOSITION))) {
        after = m;
        afterStart = r[0];
      }
    }
    List<Participant> out = new ArrayList<>(2);
    if (before != null) {
      out.add(new Participant(before.span(), passive ? Participant.Role.PATIENT : Participant.Role.AGENT));
    }
    if (after != null) {
      boolean by = lower[afterStart - 1].equals("by");
      out.add(new Participant(after.span(), by && (passive || nominal) ? Participant.Role.AGENT : Participant.Role.PATIENT));
    }
    return out;
  }

  private boolean crossesComma(int from, int to) {
    for (int k = from; k < to; k++) {
      if (is(k, CLAUSE_BREAK)) {
        return true;
      }
    }
    return false;
  }

  private boolean onlyAuxiliaries(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!is(k, VERBAL | SKIP)) {
        return false;
      }
    }
    return true;
  }

  private Span place(int i) {
    Span best = null;
    int distance = Integer.MAX_VALUE;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (m.type() != EntityType.LOCATION) {
        continue;
      }
      int[] r = mentionRanges[k];
      if (r == null || r[0] == 0 || !is(r[0] - 1, PLACE_PREPOSITION)) {
        continue;
      }
      int d = Math.abs(r[0] - i);
      if (d < distance) {
        best = m.span();
        distance = d;
      }
    }
    return best;
  }

  private int[] governors() {
    int[] out = new int[timexes.size()];
    for (int k = 0; k < out.length; k++) {
      int[] r = timexRanges[k];
      out[k] = r == null ? TimeAnchors.NONE : TimeAnchors.governor(lower, r[0], r[1], triggerTokens, verbal);
    }
    return out;
  }

  /**
   * The closest dated time expression of the sentence that this trigger governs ({@link
   * TimeAnchors}); when it governs none at all, the closest of the sentence; else null. A trigger
   * that governs only undated times ("now", "for a week") gets no date from the others. On
   * TempEval-3's training part the gold event–time links agree with this more often than with the
   * closest alone or with no fallback (docs/event-mentions.md).
   *
   * <p>A bare weekday is resolved again in the direction of the event's own tense: the time tagger
   * resolves it by the tenses of its sentence, and "will hold a call with ... on Tuesday" is the
   * next Tuesday; the weekday of the report itself stays that day ("will speak Monday" in a
   * Monday's report is today).
   */
  private EventTime linkedTime(int i, Tense tense) {
    boolean governs = false;
    for (int g : governors) {
      governs |= g == i;
    }
    Span trigger = tokens.get(i).span();
    EventTime best = null;
    int bestK = -1;
    int distance = Integer.MAX_VALUE;
    for (int k = 0; k < timexes.size(); k++) {
      Timex x = timexes.get(k);
      int d = x.span().start() >= trigger.end() ? x.span().start() - trigger.end() : trigger.start() - x.span().end();
      EventTime t = x.type() == TimexType.DATE || x.type() == TimexType.TIME ? interval(x) : null;
      if (t != null && (!governs || governors[k] == i) && d < distance && !orderedAgainst(i, k)) {
        best = governs ? t : new EventTime(t.first(), t.last(), t.precision(), EventTime.Source.SENTENCE_TIMEX, t.timex());
        bestK = k;
        distance = d;
      }
    }
    // a verb's weekday is as the tagger resolved it, for the other words too ("will hold talks ..., Lavrov said Monday"
    // is last Monday); a noun's is its verb's ("will hold a video call with Putin on Tuesday"), resolved in that tense
    if (best == null || best.source() == EventTime.Source.SENTENCE_TIMEX && verbGoverned[bestK] || published.isEmpty()
        || best.precision() != EventTime.Precision.DAY || !isWeekday(best.timex())) {
      return best;
    }
    LocalDate day = best.first();
    LocalDate p = published.get();
    if (tense == Tense.FUTURE && day.isBefore(p)) {
      day = day.plusWeeks(1);
    } else if (tense == Tense.PAST && day.isAfter(p)) {
      day = day.minusWeeks(1);
    }
    return new EventTime(day, day, EventTime.Precision.DAY, best.source(), best.timex());
  }

  /**
   * Whether the time expression {@code k} belongs to another event that a word of ordering sets
   * this trigger before or after ("hold a call ... ahead of Biden's call with Putin Tuesday", "the
   * talks follow a Dec. 7 call"): the trigger is not at that time, so it does not borrow it. A time
   * on the trigger's side of the word is no other event's ("the week following last month's
   * squeeze" keeps last month for the squeeze).
   */
  private boolean orderedAgainst(int i, int k) {
    if (governors[k] == TimeAnchors.NONE || governors[k] == i) {
      return false;
    }
    int word = TimeAnchors.orderingWord(lower, i, governors[k], triggerTokens, verbal);
    int[] time = timexRanges[k];
    return word != TimeAnchors.NONE && time != null && (i < word) != (time[0] < word);
  }

  private boolean isWeekday(Span timex) {
    return WEEKDAYS.contains(timex.of(text).toLowerCase(Locale.ROOT));
  }

  /** The tense against the publication date: the present is the day, the past the week up to it. */
  private EventTime tenseTime(Tense tense, Aspect aspect) {
    if (published.isEmpty()) {
      return EventTime.unknown();
    }
    LocalDate day = published.get();
    if (tense == Tense.PRESENT && aspect != Aspect.PERFECTIVE) {
      return new EventTime(day, day, EventTime.Precision.DAY, EventTime.Source.TENSE, null);
    }
    if (tense == Tense.PAST || aspect == Aspect.PERFECTIVE) {
      // a news report's past is mostly the days before it: the week up to publication
      return new EventTime(day.minusDays(6), day, EventTime.Precision.WEEK, EventTime.Source.TENSE, null);
    }
    return EventTime.unknown();
  }

  static EventTime interval(Timex x) {
    TimexValue v = x.value();
    EventTime.Source s = EventTime.Source.TIMEX;
    if (v instanceof TimexValue.Day d) {
      return new EventTime(d.date(), d.date(), EventTime.Precision.DAY, s, x.span());
    }
    if (v instanceof TimexValue.DayPart d) {
      return new EventTime(d.date(), d.date(), EventTime.Precision.DAY, s, x.span());
    }
    if (v instanceof TimexValue.Clock c) {
      return new EventTime(c.time().toLocalDate(), c.time().toLocalDate(), EventTime.Precision.DAY, s, x.span());
    }
    if (v instanceof TimexValue.Week w) {
      LocalDate monday = LocalDate.of(w.weekBasedYear(), 6, 1)
          .with(IsoFields.WEEK_BASED_YEAR, w.weekBasedYear())
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w.week())
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      LocalDate first = w.weekend() ? monday.plusDays(5) : monday;
      return new EventTime(first, monday.plusDays(6), EventTime.Precision.WEEK, s, x.span());
    }
    if (v instanceof TimexValue.Month m) {
      return new EventTime(m.month().atDay(1), m.month().atEndOfMonth(), EventTime.Precision.MONTH, s, x.span());
    }
    if (v instanceof TimexValue.Year y) {
      return new EventTime(LocalDate.of(y.year(), 1, 1), LocalDate.of(y.year(), 12, 31), EventTime.Precision.YEAR, s, x.span());
    }
    if (v instanceof TimexValue.YearPart y) {
      return new EventTime(LocalDate.of(y.year(), 1, 1), LocalDate.of(y.year(), 12, 31), EventTime.Precision.YEAR, s, x.span());
    }
    return null;
  }

  /**
   * The items whose span lies within {@code span}, in their order: the detector hands over those
   * of the sentence already (a loop, not a stream, since it runs for every sentence with a trigger).
   */
  private static <T> List<T> within(Span span, List<T> items, Function<T, Span> spanOf) {
    List<T> out = new ArrayList<>(items.size());
    for (T item : items) {
      if (span.contains(spanOf.apply(item))) {
        out.add(item);
      }
    }
    return Collections.unmodifiableList(out);
  }
}
