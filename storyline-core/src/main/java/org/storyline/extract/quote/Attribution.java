package org.storyline.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.storyline.extract.text.RuleTokenizer;
import org.storyline.extract.text.Sentence;
import org.storyline.extract.text.Token;
import org.storyline.extract.text.Tokenizer;
import org.storyline.model.Quote;
import org.storyline.model.Span;
import org.storyline.model.Speaker;

/** One article's run of the quote rules: paragraphs in order, frame by frame, cue by cue. */
final class Attribution {

  private enum CueType { FINITE, PARTICIPLE, ACCORDING }

  private record Cue(int first, int last, CueType type) {}

  /** A quote being built. */
  private static final class Draft {
    final List<Span> parts = new ArrayList<>();
    final Span cue;
    final Speaker speaker;
    final int paragraph;
    boolean openEnded;
    boolean awaiting;

    Draft(Span cue, Speaker speaker, int paragraph) {
      this.cue = cue;
      this.speaker = speaker;
      this.paragraph = paragraph;
    }
  }

  private static final Set<String> TELL = Set.of("told", "tells", "telling", "asked", "asks", "informed", "assured",
      "urged", "urges", "urging", "warned", "warns", "warning", "reminded");
  private static final Set<String> OBJECTS = Set.of("reporters", "him", "her", "them", "us", "me", "journalists",
      "lawmakers", "supporters", "the", "a", "an", "his", "their", "voters", "viewers", "listeners", "congress");
  private static final Set<String> EDGE_WORDS = Set.of("and", "but", "or", "so");
  private static final Set<String> TRAILING_WORDS = Set.of("and", "but", "or", "so", "when", "as", "while", "because",
      "if", "after", "before", "since", "where", "which", "who", "though", "although", "even", "until");
  /**
   * How far back, in tokens, the comma that opens an apposition between a name and its verb may
   * be: "Ari Fleischer, a former Bush administration official who also sits on the board of the
   * Republican Jewish Coalition, said". Chosen by 5-fold cross-validation on the PolNeAR train pool:
   * of 12, 16, 20 and 25, the best on the other four folds was 25 for every fold; see docs/quotes.md.
   */
  static final int APPOSITION_TOKENS = 25;
  private static final Set<String> NOT_SPEAKERS = Set.of("UPDATE", "WATCH", "READ", "VIDEO", "PHOTOS", "NOTE",
      "RELATED", "MORE", "ALSO", "EDITOR", "Update", "Watch", "Read", "Related", "Video", "Photos", "Note");

  private final String text;
  private final List<Paragraph> paragraphs = new ArrayList<>();
  private final Mentions mentions = new Mentions();
  private final List<Draft> drafts = new ArrayList<>();
  private Draft last;

  /** Makes the paragraph {@code [start, end)} of a text, called for each non-blank one in order. */
  @FunctionalInterface
  interface Paragraphs {
    Paragraph paragraph(String text, int start, int end);
  }

  /** Each paragraph tokenised on its own. */
  Attribution(String text, Tokenizer tokenizer) {
    this(text, (t, start, end) -> new Paragraph(t, start, end, tokenizer.sentences(t.substring(start, end)), start));
  }

  /**
   * The paragraphs of a text of which {@code sentences} are {@code tokenizer}'s sentences: each
   * paragraph's tokens are the text's between its line breaks (white space parts every token),
   * grouped into sentences as the tokenizer groups the paragraph's text on its own.
   */
  static Paragraphs paragraphsOf(List<Sentence> sentences, RuleTokenizer tokenizer) {
    return new TextTokens(sentences, tokenizer);
  }

  /** A text's tokens, handed out paragraph by paragraph, in order. */
  private static final class TextTokens implements Paragraphs {
    private final List<Token> tokens = new ArrayList<>();
    private final RuleTokenizer tokenizer;
    /** The first token not yet in a paragraph. */
    private int next;

    TextTokens(List<Sentence> sentences, RuleTokenizer tokenizer) {
      for (Sentence s : sentences) {
        tokens.addAll(s.tokens());
      }
      this.tokenizer = tokenizer;
    }

    @Override
    public Paragraph paragraph(String text, int start, int end) {
      int from = next;
      while (from < tokens.size() && tokens.get(from).start() < start) {
        from++;
      }
      int to = from;
      while (to < tokens.size() && tokens.get(to).end() <= end) {
        to++;
      }
      next = to;
      return new Paragraph(text, start, end, tokenizer.sentencesOf(tokens.subList(from, to)), 0);
    }
  }

  Attribution(String text, Paragraphs split) {
    this.text = text;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int end = text.indexOf('\n', i);
      if (end < 0) {
        end = n;
      }
      if (!text.substring(i, end).isBlank()) {
        Paragraph p = split.paragraph(text, i, end);
        if (p.size() > 0) {
          paragraphs.add(p);
        }
      }
      i = end + 1;
    }
  }

  List<Quote> quotes() {
    paragraphs.forEach(this::collectMentions);
    paragraphs.forEach(this::voteGenders);
    for (int pi = 0; pi < paragraphs.size(); pi++) {
      paragraph(paragraphs.get(pi), pi);
    }
    return finish();
  }

  // ---------------------------------------------------------------- mentions met before any quote

  private void collectMentions(Paragraph p) {
    int n = p.size();
    for (int i = 0; i < n; i++) {
      if (p.inQuote(i)) {
        continue;
      }
      String l = p.lower[i];
      boolean capitalised = Lexicon.isCapitalised(p.words[i]);
      boolean word = Lexicon.isWord(p.words[i]);
      if (!capitalised && word) {
        mentions.addCommonWord(l);
      }
      if (capitalised && word) {
        int j = i;
        while (j < n && !p.inQuote(j) && (Lexicon.isCapitalised(p.words[j]) && Lexicon.isWord(p.words[j])
            || j + 1 < n && (p.lower[j].equals("of") || p.lower[j].equals("for")) && Lexicon.isCapitalised(p.words[j + 1]))) {
          j++;
        }
        name(p, i, j, i > 0 && Lexicon.TITLES.contains(p.lower[i - 1]));
        i = j - 1;
      } else if (Lexicon.PERSON_HEADS.contains(l) && !Lexicon.isCapitalised(p.words[i])) {
        for (int k = i - 1; k >= Math.max(0, i - 5) && Lexicon.isWord(p.words[k]) && !Lexicon.STOPS.contains(p.lower[k]); k--) {
          if (p.lower[k].equals("a") || p.lower[k].equals("an")) {
            Span span = Span.of(p.starts[k], p.ends[i]);
            mentions.add(new Mention(span.of(text), Speaker.Kind.DESCRIPTION, l, span, false, false));
            break;
          }
        }
      }
    }
  }

  /**
   * After each occurrence of a known name, the first "he"/"his" or "she"/"her" before another
   * name in the same paragraph (or a title right before it, "Mrs.") is a vote for its gender.
   */
  private void voteGenders(Paragraph p) {
    int n = p.size();
    for (int i = 0; i < n; i++) {
      if (!Lexicon.isCapitalised(p.words[i]) || !mentions.isKnownSurname(p.words[i])
          || i + 1 < n && Lexicon.isCapitalised(p.words[i + 1])) {
        continue;
      }
      String name = mentions.fullName(p.words[i]);
      int start = i;
      while (start > 0 && Lexicon.isCapitalised(p.words[start - 1])) {
        start--;
      }
      char title = start > 0 ? Mentions.genderOf(p.lower[start - 1]) : 0;
      if (title == 0 && start < i) {
        title = Mentions.genderOf(p.lower[start]);
      }
      if (title != 0) {
        mentions.vote(name, title);
        continue;
      }
      for (int k = i + 1; k < Math.min(n, i + 25); k++) {
        if (Lexicon.isCapitalised(p.words[k]) && mentions.isKnownSurname(p.words[k])) {
          break;
        }
        char g = p.inQuote(k) ? 0 : Mentions.genderOf(p.lower[k]);
        if (g != 0 && Lexicon.PRONOUNS.contains(p.lower[k]) || g != 0 && isPossessivePronoun(p.lower[k])) {
          mentions.vote(name, g);
          break;
        }
      }
    }
  }

  private static boolean isPossessivePronoun(String l) {
    return l.equals("his") || l.equals("her") || l.equals("him");
  }

  /** Registers the person a capitalised run {@code [from, to)} names, if it names one. */
  private void name(Paragraph p, int from, int to, boolean titledBefore) {
    while (from < to && (Lexicon.STOPS.contains(p.lower[from]) || Lexicon.DETERMINERS.contains(p.lower[from])
        || Lexicon.AUXILIARIES.contains(p.lower[from]))) {
      from++; // "The Biden administration", "But Kirby"
    }
    if (from >= to || Lexicon.ORGANISATION_WORDS.contains(p.lower[to - 1])) {
      return;
    }
    int start = Phrases.nameStart(p, from, to);
    if (start >= to) {
      return;
    }
    boolean titled = titledBefore || start > from;
    boolean modifier = to < p.size() && Lexicon.PERSON_HEADS.contains(p.lower[to]); // "State Department officials"
    if (!titled && (to - start > 3 || to - start < 2 || modifier)) {
      return;
    }
    Span span = Span.of(p.starts[start], p.ends[to - 1]);
    String name = span.of(text);
    if (to - start >= 2) {
      mentions.addFullName(name);
    }
    if (titled) {
      int h = start;
      while (h > 0 && h > start - 5 && Lexicon.isWord(p.words[h - 1]) && !Lexicon.STOPS.contains(p.lower[h - 1])) {
        h--;
      }
      mentions.add(new Mention(name, Speaker.Kind.PERSON, Phrases.head(p, h, start), span, false, false));
    }
  }

  // ---------------------------------------------------------------- paragraphs and frames

  private void paragraph(Paragraph p, int pi) {
    if (transcript(p, pi)) {
      return;
    }
    for (int[] frame : p.frames) {
      frame(p, pi, frame[0], frame[1]);
    }
  }

  /** "PENCE: Well, look, ..." and headlines like "Pat Caddell: Voters Worried". */
  private boolean transcript(Paragraph p, int pi) {
    int from = Lexicon.isDoubleQuote(p.words[0]) ? 1 : 0;
    int colon = -1;
    for (int k = from; k < Math.min(p.size(), from + 4); k++) {
      if (p.words[k].equals(":")) {
        colon = k;
        break;
      }
      if (!Lexicon.isWord(p.words[k]) || !Lexicon.isCapitalised(p.words[k]) || NOT_SPEAKERS.contains(p.words[k])) {
        return false;
      }
    }
    if (colon <= from || colon + 1 >= p.size() || Lexicon.TITLES.contains(p.lower[colon - 1])) {
      return false;
    }
    Span content = trim(p, colon + 1, p.size());
    if (content == null) {
      return false;
    }
    Speaker speaker = Phrases.speaker(p, from, colon, mentions);
    add(new Draft(tokenSpan(p, colon, colon), speaker, pi), content, p, from, colon);
    return true;
  }

  private void frame(Paragraph p, int pi, int fs, int fe) {
    List<Cue> cues = cues(p, fs, fe);
    if (cues.isEmpty()) {
      if (!dashAttribution(p, pi, fs, fe) && !colonAttribution(p, pi, fs, fe) && !trailingAttribution(p, pi, fs, fe)
          && !verbAttribution(p, pi, fs, fe)) {
        orphans(p, pi, fs, fe);
      }
      return;
    }
    int territory = fs;
    Speaker previous = null;
    for (int ci = 0; ci < cues.size(); ci++) {
      Cue cue = cues.get(ci);
      int limit = ci + 1 < cues.size() ? boundary(p, cues.get(ci + 1), cue.last() + 1) : fe;
      Speaker said = switch (cue.type()) {
        case ACCORDING -> according(p, pi, cue, territory, limit);
        case PARTICIPLE -> participle(p, pi, cue, previous, fs, limit);
        case FINITE -> finite(p, pi, cue, territory, limit, previous, fs);
      };
      if (said != null) {
        previous = said;
        territory = Math.max(territory, limit);
        if (territory > fe) {
          territory = fe;
        }
      }
    }
    orphans(p, pi, fs, fe);
  }

  private List<Cue> cues(Paragraph p, int fs, int fe) {
    List<Cue> cues = new ArrayList<>();
    for (int i = fs; i < fe; i++) {
      if (p.inQuote(i)) {
        continue;
      }
      String l = p.lower[i];
      if (l.equals("according") && i + 1 < fe && p.lower[i + 1].equals("to")) {
        cues.add(new Cue(i, i + 1, CueType.ACCORDING));
        i++;
        continue;
      }
      if (!Lexicon.isReporting(p.words[i])) {
        continue;
      }
      String before = i > fs ? p.lower[i - 1] : "";
      boolean progressive = Lexicon.isParticiple(l) && Lexicon.PROGRESSIVE.contains(before);
      boolean carriedOn = carriesOn(p, i, fs);
      if (Lexicon.NOT_BEFORE_CUE.contains(before) && !progressive && !carriedOn || i == fs) {
        continue;
      }
      if (Lexicon.isWeak(l) && !introduces(p, i, fe) && !endsClause(p, i, fe)) {
        continue;
      }
      boolean participle = carriedOn || !progressive && Lexicon.isParticiple(l)
          && (before.equals(",") || !Lexicon.isWord(before) || l.equals("saying"));
      if (Lexicon.isParticiple(l) && !progressive && !participle && !Lexicon.isCapitalised(p.words[i - 1])
          && !Lexicon.PRONOUNS.contains(before)) {
        continue; // "in a statement announcing the call"
      }
      if (!participle && embedded(p, cues, i)) {
        continue;
      }
      cues.add(new Cue(i, i, participle ? CueType.PARTICIPLE : CueType.FINITE));
    }
    return cues;
  }

  private static final Set<String> GO_ON = Set.of("went", "goes", "go", "going");

  /**
   * "Pence went on to say …", "Obama ended his list by saying …": a cue after "to", "by" or
   * "upon" that carries on what the sentence's subject does, read like a participle.
   */
  private static boolean carriesOn(Paragraph p, int i, int fs) {
    String l = p.lower[i];
    String before = i > fs ? p.lower[i - 1] : "";
    if (l.equals("saying")) {
      return before.equals("by") || before.equals("upon");
    }
    return (l.equals("say") || l.equals("add")) && before.equals("to") && i - 3 >= fs && p.lower[i - 2].equals("on")
        && GO_ON.contains(p.lower[i - 3]);
  }

  /**
   * A cue inside the clause the cue before reports: {@code X said that the ad “…” suggests that ...},
   * {@code She said she recalls ...}, {@code Ryan said the shootings and protests demand that ...}.
   */
  private static boolean embedded(Paragraph p, List<Cue> cues, int i) {
    if (cues.isEmpty()) {
      return false;
    }
    Cue previous = cues.get(cues.size() - 1);
    if (previous.type() != CueType.FINITE) {
      return false;
    }
    int that = -1;
    for (int k = previous.last() + 1; k < Math.min(i, previous.last() + 6); k++) {
      if (p.lower[k].equals("that")) {
        that = k;
        break;
      }
    }
    int after = previous.last() + 1;
    if (that < 0) {
      // a bare clause: "said she recalls", not "said, …" nor "told reporters …"
      if (i - after > 12 || after >= i || !Lexicon.isWord(p.words[after]) || p.inQuote(after)
          || TELL.contains(p.lower[previous.last()]) || Lexicon.TIME_WORDS.contains(p.lower[after])
          || Lexicon.STOPS.contains(p.lower[after]) && !Lexicon.PRONOUNS.contains(p.lower[after])) {
        return false;
      }
      that = previous.last();
    }
    for (int k = that + 1; k < i; k++) {
      String l = p.lower[k];
      if (p.inQuote(k) || l.equals(",") || l.equals(";") || l.equals("and") || l.equals("but") || Lexicon.isDash(l)) {
        if (p.inQuote(k) && that != previous.last()) {
          continue;
        }
        return false;
      }
    }
    return true;
  }

  /** Whether "that", a colon or a quotation follows the verb closely. */
  private static boolean introduces(Paragraph p, int cue, int fe) {
    for (int k = cue + 1; k < Math.min(fe, cue + 10); k++) {
      if (p.lower[k].equals("that") || p.words[k].equals(":") || p.opensRegion(k)) {
        return true;
      }
      if (p.words[k].equals(".")) {
        return false;
      }
    }
    return false;
  }

  private static boolean endsClause(Paragraph p, int cue, int fe) {
    return cue + 1 >= fe || p.words[cue + 1].equals(".") || p.words[cue + 1].equals(",");
  }

  /** Where the content before the next cue must end. */
  private static int boundary(Paragraph p, Cue next, int floor) {
    if (next.type() != CueType.FINITE) {
      return next.first();
    }
    int before = skipAuxiliaries(p, next.first() - 1, floor);
    if (before < floor) {
      return next.first();
    }
    if (p.closesRegion(before) || p.words[before].equals(",")) {
      return before + 1; // "..., “Q,” said X": the quote belongs to the next cue
    }
    int edge = Phrases.leftEdge(p, before, floor);
    return edge >= 0 ? edge : next.first();
  }

  private static int skipAuxiliaries(Paragraph p, int k, int floor) {
    while (k >= floor && !p.inQuote(k)) {
      int aside = asideStart(p, k, floor);
      if (isYear(p.words[k]) && k > floor && Lexicon.TIME_WORDS.contains(p.lower[k - 1])) {
        k -= 2; // "who in 2010 said"
      } else if (aside >= 0) {
        k = aside - 1;
      } else if (Lexicon.AUXILIARIES.contains(p.lower[k])
          || p.lower[k].endsWith("ly") && !Lexicon.isCapitalised(p.words[k]) && p.lower[k].length() > 3) {
        k--;
      } else {
        break;
      }
    }
    return k;
  }

  /** Lower-case words that name when, set between a speaker and the verb: "Feinstein last week said". */
  private static final Set<String> PERIODS = Set.of("week", "month", "year", "night", "morning", "afternoon",
      "evening", "weekend");
  private static final Set<String> PERIOD_MODIFIERS = Set.of("last", "this", "next", "earlier");

  /**
   * Where an aside that ends at token {@code k} starts, or -1: a time ("last week", "on Tuesday",
   * "Tuesday") or a few lower-case words between commas ("Proponents, however, say", "Ayotte's
   * campaign, for example, said"), which stand between a speaker and the verb.
   */
  private static int asideStart(Paragraph p, int k, int floor) {
    String l = p.lower[k];
    if (PERIODS.contains(l) && k - 1 >= floor && PERIOD_MODIFIERS.contains(p.lower[k - 1])) {
      return k - 1;
    }
    if (Lexicon.isCapitalised(p.words[k]) && Lexicon.TIME_WORDS.contains(l) && l.endsWith("day")) {
      return k - 1 >= floor && p.lower[k - 1].equals("on") ? k - 1 : k; // "on Tuesday"
    }
    if (!l.equals(",")) {
      return -1;
    }
    for (int j = k - 1; j >= Math.max(floor, k - 4); j--) {
      String w = p.words[j];
      if (w.equals(",")) {
        return j < k - 1 && j > floor ? j : -1;
      }
      if (p.inQuote(j) || !Lexicon.isWord(w) || Lexicon.isCapitalised(w) || Lexicon.PRONOUNS.contains(p.lower[j])
          || Lexicon.isReporting(p.lower[j]) || Character.isDigit(w.charAt(0))) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isYear(String word) {
    return word.length() == 4 && word.chars().allMatch(Character::isDigit);
  }

  private static boolean skipped(Paragraph p, int from, int to, String word) {
    return skipped(p, from, to, Set.of(word));
  }

  private static boolean skipped(Paragraph p, int from, int to, Set<String> words) {
    for (int k = from; k < to; k++) {
      if (words.contains(p.lower[k])) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- the cue patterns

  private Speaker according(Paragraph p, int pi, Cue cue, int territory, int limit) {
    int from = cue.last() + 1;
    int to = Phrases.rightEnd(p, from, limit);
    if (to == from) {
      return null;
    }
    Speaker speaker = Phrases.speaker(p, from, to, mentions);
    Span content = hasWord(p, territory, cue.first())
        ? trim(p, territory, cue.first())
        : trim(p, to, limit);
    if (content == null) {
      return null;
    }
    add(new Draft(tokenSpan(p, cue.first(), cue.last()), speaker, pi), content, p, from, to);
    return speaker;
  }

  private Speaker participle(Paragraph p, int pi, Cue cue, Speaker previous, int fs, int limit) {
    Speaker speaker = absolute(p, fs, cue.first());
    if (speaker == null) {
      speaker = previous != null ? previous : describedSubject(p, fs, cue.first());
    }
    if (speaker == null) {
      return null;
    }
    int start = contentStart(p, cue, limit);
    Span content = start < 0 ? null : trim(p, start, limit);
    if (content == null) {
      return null;
    }
    Draft d = new Draft(tokenSpan(p, cue.first(), cue.last()), speaker, pi);
    add(d, content, null, 0, 0);
    return speaker;
  }

  private Speaker finite(Paragraph p, int pi, Cue cue, int territory, int limit, Speaker previous, int fs) {
    int before = skipAuxiliaries(p, cue.first() - 1, territory);
    int after = cue.last() + 1;
    boolean closesContent = before >= territory && (p.closesRegion(before) || p.words[before].equals(","));
    if (closesContent && Lexicon.INVERTING.contains(p.lower[cue.last()]) && Phrases.startsPhrase(p, after, limit)
        && hasWord(p, territory, before)) {
      // “…,” said X
      int to = Phrases.rightEnd(p, after, limit);
      if (to > after && endsInversion(p, to, limit)) {
        Speaker speaker = Phrases.speaker(p, after, to, mentions);
        Draft d = new Draft(tokenSpan(p, cue.first(), cue.last()), speaker, pi);
        Span content = trim(p, territory, before + 1);
        if (content != null) {
          add(d, content, p, after, to);
          addRegionsAfter(d, p, to, limit);
          return speaker;
        }
      }
    }
    if (before > territory && p.words[before].equals(",") && skipped(p, before + 1, cue.first(), "who")) {
      before--; // "Officials, who said ..."
    }
    int npFirst = before >= territory ? Phrases.leftEdge(p, before, territory) : -1;
    int npEnd = before + 1;
    if (npFirst < 0 && before > territory && p.words[before].equals(",")) {
      // "Jake Sullivan, Biden's national security adviser, said"; "Biden, at the time, said"
      int comma = before - 1;
      while (comma > territory && before - comma < APPOSITION_TOKENS && !p.words[comma].equals(",") && !p.inQuote(comma)) {
        comma--;
      }
      if (comma > territory && p.words[comma].equals(",")) {
        int name = Phrases.leftEdge(p, comma - 1, territory);
        if (name >= 0 && Lexicon.isCapitalised(p.words[comma - 1])) {
          npFirst = name;
          npEnd = comma;
        } else {
          npFirst = Phrases.leftEdge(p, before - 1, comma + 1);
          npEnd = before;
        }
      }
    }
    Speaker speaker = npFirst >= 0 ? Phrases.speaker(p, npFirst, npEnd, mentions) : null;
    if (speaker == null) {
      speaker = previous != null ? previous : frameSubject(p, fs, cue.first());
      if (speaker == null && npFirst >= 0) {
        Span words = Span.of(p.starts[npFirst], p.ends[npEnd - 1]);
        speaker = new Speaker(words.of(text), Speaker.Kind.DESCRIPTION, words, words, null);
      } else {
        npFirst = cue.first();
        npEnd = npFirst;
      }
    }
    if (speaker == null) {
      return null;
    }
    Draft d = new Draft(tokenSpan(p, cue.first(), cue.last()), speaker, pi);
    int edge = npFirst - 1;
    boolean post = edge >= territory && hasWord(p, territory, edge)
        && (p.closesRegion(edge) && !reportsOwnClause(p, after, limit)
            || p.words[edge].equals(",") && (isTail(p, after, limit) || continuesQuote(p, after, limit)));
    if (post) {
      Span content = trim(p, territory, edge + 1);
      if (content == null) {
        return null;
      }
      add(d, content, p, npFirst, npEnd);
      addRegionsAfter(d, p, after, limit);
      return speaker;
    }
    int start = contentStart(p, cue, limit);
    if (start < 0) {
      return null;
    }
    Span content = trim(p, start, limit);
    if (content == null) {
      if (limit == p.size() && p.words[limit - 1].equals(":")) {
        d.awaiting = true; // "Caddell continued:" and the quote in the next paragraph
        drafts.add(d);
        last = d;
        register(speaker, p, npFirst, npEnd);
        return speaker;
      }
      return null;
    }
    add(d, content, p, npFirst, npEnd);
    return speaker;
  }

  /** After "“…,” said X": the clause ends, or a time, place or apposition follows. */
  private static boolean endsInversion(Paragraph p, int to, int limit) {
    if (to < limit && p.opensRegion(to)) {
      return false; // "…, said North Korea's latest “provocation …”": the phrase is the content's subject
    }
    if (to >= limit || !Lexicon.isWord(p.words[to])) {
      return true;
    }
    String l = p.lower[to];
    return Lexicon.TIME_WORDS.contains(l) || l.equals("during") || l.equals("at") || l.equals("in") || l.equals("on")
        || l.equals("who") || l.equals("after") || l.equals("before") || l.equals("to") || l.equals("as");
  }

  /**
   * Whether the verb after a closing quotation reports a clause of its own with quoted words in
   * it: {@code In an interview on “Face the Nation,” Ryan said the shootings demand “more listening.”}
   */
  private static boolean reportsOwnClause(Paragraph p, int from, int limit) {
    if (from >= limit || !Lexicon.isWord(p.words[from]) || Lexicon.TIME_WORDS.contains(p.lower[from])
        || Lexicon.STOPS.contains(p.lower[from]) && !p.lower[from].equals("that")) {
      return false;
    }
    for (int k = from; k < limit; k++) {
      if (p.opensRegion(k)) {
        return true;
      }
    }
    return false;
  }

  /** {@code So when …, Barrett said, “we were floored.”}: a quotation that carries the sentence on. */
  private static boolean continuesQuote(Paragraph p, int from, int limit) {
    return from + 2 < limit && p.words[from].equals(",") && p.opensRegion(from + 1)
        && Lexicon.isWord(p.words[from + 2]) && !Lexicon.isCapitalised(p.words[from + 2]);
  }

  /** Whether only a place, a time or "in a statement" follows the verb, as in "…, X said on Monday". */
  private static boolean isTail(Paragraph p, int from, int limit) {
    for (int k = from; k < limit; k++) {
      String l = p.lower[k];
      if (l.equals("that") || l.equals(":") || p.opensRegion(k)) {
        return false;
      }
      if (k == from && Lexicon.isWord(p.words[k]) && !Lexicon.TIME_WORDS.contains(l) && !Lexicon.STOPS.contains(l)
          && !l.equals("during") && !l.equals("in") && !TELL.contains(l)) {
        return false;
      }
    }
    return true;
  }

  /** Where the content after a cue starts: at "that", a colon or a quotation, else after the object. */
  private static int contentStart(Paragraph p, Cue cue, int limit) {
    int after = cue.last() + 1;
    for (int k = after; k < Math.min(limit, after + 12); k++) {
      String l = p.lower[k];
      if (l.equals("that")) {
        return skipped(p, after, k, CLAUSE_VERBS) ? skipTimes(p, after, limit) : k;
      }
      if (p.opensRegion(k)) {
        return words(p, after, k) <= 1 ? k : after;
      }
      if (l.equals(":")) {
        return k + 1;
      }
      if (l.equals(".") || Lexicon.isReporting(l) || l.equals(",") || EDGE_WORDS.contains(l)
          || Lexicon.PRONOUNS.contains(l)) {
        break;
      }
    }
    if (Lexicon.isWeak(p.lower[cue.last()])) {
      return after;
    }
    after = skipTimes(p, after, limit);
    if (TELL.contains(p.lower[cue.last()]) && after < limit && OBJECTS.contains(p.lower[after])) {
      int k = after + 1;
      if (Lexicon.DETERMINERS.contains(p.lower[after])) {
        while (k < limit && Lexicon.isWord(p.words[k]) && k - after < 4 && !p.lower[k].equals("to")) {
          k++;
        }
      }
      return k;
    }
    return after;
  }

  /**
   * Verbs of a clause of its own: a "that" after one belongs to the reported clause, not to the
   * cue ({@code said Thursday his biggest worry is that he is “unpredictable”}).
   */
  private static final Set<String> CLAUSE_VERBS = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
      "would", "can", "could", "'s", "’s");

  /** Past a time right after the verb ("said Thursday", "said on Monday", "said yesterday"). */
  private static int skipTimes(Paragraph p, int from, int limit) {
    int k = from;
    while (k < limit && !p.inQuote(k)) {
      String l = p.lower[k];
      boolean named = Lexicon.isCapitalised(p.words[k]) && Lexicon.TIME_WORDS.contains(l);
      boolean relative = l.equals("yesterday") || l.equals("today") || l.equals("tonight");
      boolean on = l.equals("on") && k + 1 < limit && Lexicon.isCapitalised(p.words[k + 1])
          && Lexicon.TIME_WORDS.contains(p.lower[k + 1]);
      if (!named && !relative && !on) {
        return k;
      }
      k++;
    }
    return k;
  }

  /** "with Ukraine's defense minister, Oleksii Reznikov, saying": the phrase after "with". */
  private Speaker absolute(Paragraph p, int fs, int cue) {
    int with = cue - 1;
    while (with >= fs && cue - with < 12 && !p.lower[with].equals("with") && !p.inQuote(with)
        && !Lexicon.isReporting(p.lower[with])) {
      with--;
    }
    if (with < fs || !p.lower[with].equals("with")) {
      return null;
    }
    int end = Phrases.rightEnd(p, with + 1, cue);
    if (end == with + 1) {
      return null;
    }
    if (end + 2 < cue && p.words[end].equals(",") && Lexicon.isCapitalised(p.words[end + 1])) {
      int name = Phrases.rightEnd(p, end + 1, cue);
      if (name > end + 1) {
        Speaker s = Phrases.speaker(p, end + 1, name, mentions);
        register(s, p, end + 1, name);
        return s;
      }
    }
    Speaker s = Phrases.speaker(p, with + 1, end, mentions);
    register(s, p, with + 1, end);
    return s;
  }

  /** Conjunctions and adverbs that may open a sentence before its subject. */
  private static final Set<String> LEADING_WORDS = Set.of("and", "but", "so", "yet", "then", "still");

  /** The speaker of a sentence that names no one next to its cue: its subject. */
  private Speaker frameSubject(Paragraph p, int fs, int limit) {
    Subject subject = subject(p, fs, limit);
    return subject == null ? null : subject.speaker();
  }

  /**
   * The subject of a sentence whose cue is a reporting verb, kept as written when it names no
   * one: {@code The email went on to say, “…”} is the email's.
   */
  private Speaker describedSubject(Paragraph p, int fs, int limit) {
    Subject subject = subject(p, fs, limit);
    if (subject == null || subject.speaker() != null) {
      return subject == null ? null : subject.speaker();
    }
    Span words = Span.of(p.starts[subject.from()], p.ends[subject.to() - 1]);
    return new Speaker(words.of(text), Speaker.Kind.DESCRIPTION, words, words, null);
  }

  /** A sentence's subject: the tokens {@code [from, to)} and whom they name, if anyone (else null). */
  private record Subject(int from, int to, Speaker speaker) {}

  private Subject subject(Paragraph p, int fs, int limit) {
    int pos = fs;
    for (int attempt = 0; attempt < 3 && pos < limit; attempt++) { // "At an event in Salem, N.H., Trump …"
      while (pos < limit && LEADING_WORDS.contains(p.lower[pos])) {
        pos++; // "And then Trump went on the attack, saying"
      }
      int end = Phrases.rightEnd(p, pos, limit);
      if (end > pos && (end >= limit || !p.words[end].equals(","))) {
        String head = p.lower[end - 1];
        boolean speakerLike = Lexicon.isCapitalised(p.words[end - 1]) || Lexicon.PERSON_HEADS.contains(head)
            || Lexicon.PRONOUNS.contains(head);
        Speaker s = speakerLike ? Phrases.speaker(p, pos, end, mentions) : null;
        if (s != null || !speakerLike) {
          return new Subject(pos, end, s);
        }
        if (end >= limit) {
          return null; // else a sentence adverb ("Once, …, I said"): try after the next comma
        }
      }
      int comma = pos;
      while (comma < limit && comma - pos < 10 && !p.words[comma].equals(",")) {
        comma++;
      }
      if (comma >= limit || !p.words[comma].equals(",")) {
        break;
      }
      pos = comma + 1;
    }
    return null;
  }

  /** {@code “…” ― Carla Sanchez}: each quotation followed by a dash and a name. */
  private boolean dashAttribution(Paragraph p, int pi, int fs, int fe) {
    boolean found = false;
    for (Paragraph.Region r : p.regions) {
      int k = r.last();
      if (r.first() < fs || r.first() >= fe || k + 2 >= p.size() || !Lexicon.isDash(p.words[k + 1])
          || !Lexicon.isCapitalised(p.words[k + 2])) {
        continue;
      }
      int to = k + 2;
      while (to < p.size() && to - k < 8 && !p.inQuote(to) && Lexicon.isWord(p.words[to]) && Lexicon.isCapitalised(p.words[to])) {
        to++;
      }
      Draft d = new Draft(tokenSpan(p, k + 1, k + 1), Phrases.speaker(p, k + 2, to, mentions), pi);
      add(d, Span.of(r.start(), r.end()), p, k + 2, to);
      found = true;
    }
    return found;
  }

  /**
   * A sentence with no reporting verb that ends in a colon before a quotation: the quotation is its
   * subject's ({@code Trump issued the following statement: “…”}, {@code Rubio fired back: “…”}).
   * The quotation may open the next paragraph. Only a subject that names someone counts (a name, a
   * person head, a pronoun), so that {@code The sign read: “…”} is left alone.
   */
  private boolean colonAttribution(Paragraph p, int pi, int fs, int fe) {
    int colon = fs;
    while (colon < fe && !p.words[colon].equals(":")) {
      if (p.inQuote(colon)) {
        return false; // a quotation before the colon: "“Q”: …" is no introduction
      }
      colon++;
    }
    boolean paragraphEnd = colon == p.size() - 1;
    if (colon >= fe || !paragraphEnd && !p.opensRegion(colon + 1) || words(p, fs, colon) < 2) {
      return false;
    }
    Speaker speaker = frameSubject(p, fs, colon);
    if (speaker == null) {
      return false;
    }
    Draft d = new Draft(tokenSpan(p, colon, colon), speaker, pi);
    if (paragraphEnd) {
      d.awaiting = true; // the quotation opens the next paragraph
      drafts.add(d);
      last = d;
      return true;
    }
    Paragraph.Region r = p.regions.get(p.region[colon + 1]);
    add(d, Span.of(r.start(), r.end()), p, colon, colon);
    addRegionsAfter(d, p, r.last() + 1, fe);
    return true;
  }

  /**
   * A sentence with no reporting cue whose subject names someone and whose verb, whatever it is,
   * is followed by quoted words: the clause after the verb is the subject's, quoted in part
   * ({@code Clinton supports “appropriate pay raises”}, {@code Cruz is praising Bush as “a man who
   * didn't go to the gutter”}). PolNeAR attributes such words to the subject: its annotators read
   * any verb of stance or action with quoted words as an attribution. A copula is no such verb
   * ({@code Her slogan is “I'm with her.”} names no speaker), nor is a sentence that opens with a
   * quotation, which continues the quote before.
   */
  private boolean verbAttribution(Paragraph p, int pi, int fs, int fe) {
    Paragraph.Region quoted = firstRegion(p, fs, fe);
    if (quoted == null || quoted.first() == fs || covered(quoted) || p.lower[quoted.first() - 1].equals("so-called")) {
      return false;
    }
    Subject subject = subject(p, fs, quoted.first());
    if (subject == null || subject.speaker() == null) {
      return false;
    }
    int verb = subject.to();
    while (verb < quoted.first() && (Lexicon.AUXILIARIES.contains(p.lower[verb]) || isAdverb(p, verb))) {
      verb++;
    }
    if (verb + 1 < quoted.first() && isVerbLike(p, verb + 1) && p.lower[verb + 1].endsWith("ed")) {
      return false; // "Russian troops moved": the subject is longer than the name it starts with
    }
    if (verb >= quoted.first() || !isVerbLike(p, verb)) {
      return false;
    }
    Span content = trim(p, verb + 1, fe);
    if (content == null) {
      return false;
    }
    add(new Draft(tokenSpan(p, verb, verb), subject.speaker(), pi), content, p, subject.from(), subject.to());
    return true;
  }

  /**
   * A quotation that opens its sentence and ends in a comma, followed by its attribution with a
   * verb outside the lexicon: a subject and its verb ({@code “…,” Oliver barked.}, {@code “…,” Kelly
   * charged in her assault.}) or a past-tense verb and a name ({@code “…,” reacted Trump.}). The
   * comma inside the closing mark says the sentence goes on, and what it goes on with is who said it.
   */
  private boolean trailingAttribution(Paragraph p, int pi, int fs, int fe) {
    Paragraph.Region quoted = firstRegion(p, fs, fe);
    if (quoted == null || quoted.first() != fs || covered(quoted) || quoted.last() + 2 >= fe
        || !p.words[quoted.last() - 1].equals(",")) {
      return false;
    }
    int after = quoted.last() + 1;
    int from = after;
    int to = Phrases.rightEnd(p, after, fe);
    int verb = to;
    while (verb < fe && (Lexicon.AUXILIARIES.contains(p.lower[verb]) || isAdverb(p, verb))) {
      verb++;
    }
    boolean subjectFirst = to > after && verb < fe && isVerbLike(p, verb) && namesSomeone(p, to - 1);
    if (!subjectFirst) {
      verb = after; // the inverted order
      from = after + 1;
      to = Phrases.startsPhrase(p, from, fe) ? Phrases.rightEnd(p, from, fe) : from;
      if (to == from || !isVerbLike(p, verb) || !p.lower[verb].endsWith("ed") || !namesSomeone(p, to - 1)) {
        return false;
      }
    }
    Speaker speaker = Phrases.speaker(p, from, to, mentions);
    if (speaker == null || speaker.kind() == Speaker.Kind.UNRESOLVED) {
      return false;
    }
    Draft d = new Draft(tokenSpan(p, verb, verb), speaker, pi);
    add(d, Span.of(quoted.start(), quoted.end()), p, from, to);
    addRegionsAfter(d, p, Math.max(verb, to - 1) + 1, fe);
    return true;
  }

  /** Whether the word that ends a phrase may name a speaker: a capitalised word, a person head or a pronoun. */
  private static boolean namesSomeone(Paragraph p, int head) {
    return Lexicon.isCapitalised(p.words[head]) || Lexicon.PERSON_HEADS.contains(p.lower[head])
        || Lexicon.PRONOUNS.contains(p.lower[head]);
  }

  private static Paragraph.Region firstRegion(Paragraph p, int fs, int fe) {
    for (Paragraph.Region r : p.regions) {
      if (r.first() >= fs && r.first() < fe) {
        return r;
      }
    }
    return null;
  }

  private static boolean isAdverb(Paragraph p, int k) {
    return p.lower[k].endsWith("ly") && p.lower[k].length() > 3 && !Lexicon.isCapitalised(p.words[k]);
  }

  /** A lower-case word that may be a verb: not a function word, a determiner or a copula. */
  private static boolean isVerbLike(Paragraph p, int k) {
    String l = p.lower[k];
    return Lexicon.isWord(p.words[k]) && !Lexicon.isCapitalised(p.words[k]) && !p.inQuote(k)
        && !Lexicon.STOPS.contains(l) && !Lexicon.DETERMINERS.contains(l) && !Lexicon.NOT_BEFORE_CUE.contains(l)
        && !Character.isDigit(l.charAt(0));
  }

  /** Quoted words with no cue in their frame: continuations of the quote before, or nobody's. */
  private void orphans(Paragraph p, int pi, int fs, int fe) {
    for (Paragraph.Region r : p.regions) {
      if (r.first() < fs || r.first() >= fe || covered(r)) {
        continue;
      }
      Span span = Span.of(r.start(), r.end());
      if (last == null) {
        continue;
      }
      boolean continuesOpen = r.first() == 0 && last.openEnded && last.paragraph == pi - 1;
      boolean awaited = last.awaiting && (last.paragraph == pi - 1 || last.paragraph == pi);
      if (continuesOpen || awaited) {
        last.parts.add(span);
        last.openEnded = r.openEnded();
        last.awaiting = false;
      } else if (r.first() == fs && last.paragraph == pi && !last.awaiting) {
        last.parts.add(span);
        last.openEnded = r.openEnded();
      } else if (r.first() == 0 && fs == 0 && last.paragraph == pi - 1 && last.speaker != null && !last.awaiting) {
        Draft d = new Draft(null, last.speaker, pi);
        d.parts.add(span);
        d.openEnded = r.openEnded();
        drafts.add(d);
        last = d;
      }
    }
  }

  private boolean covered(Paragraph.Region r) {
    Span span = Span.of(r.start(), r.end());
    for (int i = drafts.size() - 1; i >= 0 && i >= drafts.size() - 4; i--) {
      for (Span part : drafts.get(i).parts) {
        if (part.overlaps(span)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code “Q1,” he said, “Q2.”}: quotations that follow the attribution at once, or after a
   * short aside when they carry on the sentence ({@code “Q1,” Trump said during a rally, “but q2.”},
   * {@code “Q1,” he said, but “q2.”}).
   */
  private void addRegionsAfter(Draft d, Paragraph p, int from, int limit) {
    int next = from;
    for (Paragraph.Region r : p.regions) {
      if (r.first() >= next && r.first() < limit && (words(p, next, r.first()) == 0 || next == from && aside(p, from, r))) {
        d.parts.add(Span.of(r.start(), r.end()));
        d.openEnded = r.openEnded();
        next = r.last() + 1;
      }
    }
  }

  /** Whether the words between an attribution and the quotation {@code r} are an aside it continues after. */
  private static boolean aside(Paragraph p, int from, Paragraph.Region r) {
    int gap = r.first();
    if (gap - from > 15 || gap < from + 1) {
      return false;
    }
    for (int k = from; k < gap; k++) {
      if (p.inQuote(k) || p.lower[k].equals("that") || p.words[k].equals(".") || p.words[k].equals(":")
          || Lexicon.isReporting(p.lower[k]) && !Lexicon.isParticiple(p.lower[k])) {
        return false;
      }
    }
    String before = p.lower[gap - 1];
    boolean joined = before.equals(",") || before.equals("but") || before.equals("and");
    if (!joined || r.first() + 1 > r.last()) {
      return false;
    }
    String first = p.words[r.first() + 1];
    return !Lexicon.isCapitalised(first) || before.equals("but") && words(p, from, gap) == 1;
  }

  private void add(Draft d, Span content, Paragraph p, int speakerFrom, int speakerTo) {
    d.parts.add(content);
    d.openEnded = content.end() == (p == null ? -1 : p.end) && endsOpen(content);
    drafts.add(d);
    last = d;
    if (p != null && d.speaker != null) {
      register(d.speaker, p, speakerFrom, speakerTo);
    }
  }

  private boolean endsOpen(Span content) {
    for (Paragraph p : paragraphs) {
      if (p.start <= content.start() && content.end() <= p.end) {
        return !p.regions.isEmpty() && p.regions.get(p.regions.size() - 1).openEnded()
            && p.regions.get(p.regions.size() - 1).end() == content.end();
      }
    }
    return false;
  }

  private void register(Speaker s, Paragraph p, int from, int to) {
    if (s.kind() == Speaker.Kind.UNRESOLVED) {
      return;
    }
    String head = from < to ? Phrases.head(p, from, to) : "";
    String last = Lexicon.lower(s.name().substring(s.name().lastIndexOf(' ') + 1));
    if (s.kind() == Speaker.Kind.DESCRIPTION) {
      head = last;
    }
    mentions.add(new Mention(s.name(), s.kind(), head, s.mention(), Lexicon.PLURAL_HEADS.contains(last), true));
  }

  // ---------------------------------------------------------------- spans

  /** The characters of tokens {@code [from, to)} without edge punctuation and conjunctions; null if no word. */
  private static Span trim(Paragraph p, int from, int to) {
    while (from < to && !p.inQuote(from) && (!Lexicon.isWord(p.words[from]) || EDGE_WORDS.contains(p.lower[from]))) {
      from++;
    }
    while (to > from && !p.inQuote(to - 1)
        && (!Lexicon.isWord(p.words[to - 1]) && !p.words[to - 1].equals("?") && !p.words[to - 1].equals("!")
            && !p.words[to - 1].equals(")") && !Lexicon.isPossessive(p.words[to - 1]) && !p.words[to - 1].equals("%")
            || TRAILING_WORDS.contains(p.lower[to - 1]))) {
      to--;
    }
    if (!hasWord(p, from, to)) {
      return null;
    }
    return Span.of(p.starts[from], p.ends[to - 1]);
  }

  private static int words(Paragraph p, int from, int to) {
    int count = 0;
    for (int k = from; k < to; k++) {
      if (Lexicon.isWord(p.words[k])) {
        count++;
      }
    }
    return count;
  }

  private static boolean hasWord(Paragraph p, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Lexicon.isWord(p.words[k])) {
        return true;
      }
    }
    return false;
  }

  private static Span tokenSpan(Paragraph p, int first, int last) {
    return Span.of(p.starts[first], p.ends[last]);
  }

  // ---------------------------------------------------------------- the result

  private List<Quote> finish() {
    drafts.sort(Comparator.comparingInt(d -> d.parts.isEmpty() ? Integer.MAX_VALUE : d.parts.get(0).start()));
    List<Quote> quotes = new ArrayList<>();
    List<Span> used = new ArrayList<>();
    for (Draft d : drafts) {
      List<Span> parts = new ArrayList<>();
      for (Span part : d.parts) {
        for (Span piece : subtract(part, used)) {
          if (Lexicon.isWord(String.valueOf(firstLetter(piece)))) {
            parts.add(piece);
          }
        }
      }
      if (parts.isEmpty()) {
        continue;
      }
      parts.sort(null);
      used.addAll(parts);
      quotes.add(new Quote(parts, kind(parts), d.cue, d.speaker));
    }
    quotes.sort(Comparator.comparing(Quote::span));
    return quotes;
  }

  /** A letter or digit in the span, or a space when it has none. */
  private char firstLetter(Span s) {
    for (int k = s.start(); k < s.end(); k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        return text.charAt(k);
      }
    }
    return ' ';
  }

  private static List<Span> subtract(Span part, List<Span> used) {
    List<Span> pieces = new ArrayList<>(List.of(part));
    for (Span u : used) {
      List<Span> next = new ArrayList<>();
      for (Span s : pieces) {
        if (!s.overlaps(u)) {
          next.add(s);
          continue;
        }
        if (s.start() < u.start()) {
          next.add(Span.of(s.start(), u.start()));
        }
        if (u.end() < s.end()) {
          next.add(Span.of(u.end(), s.end()));
        }
      }
      pieces = next;
    }
    return pieces;
  }

  private Quote.Kind kind(List<Span> parts) {
    boolean quoted = false;
    boolean paraphrase = false;
    for (Span part : parts) {
      String s = part.of(text).strip();
      boolean hasMark = s.indexOf('"') >= 0 || s.indexOf('“') >= 0 || s.indexOf('”') >= 0;
      quoted |= hasMark;
      char first = s.charAt(0);
      paraphrase |= !(first == '"' || first == '“' || first == '”'); // ”We …” opens with a closing mark too
    }
    return !quoted ? Quote.Kind.INDIRECT : paraphrase ? Quote.Kind.MIXED : Quote.Kind.DIRECT;
  }
}
