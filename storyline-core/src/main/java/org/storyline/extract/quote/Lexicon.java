package org.storyline.extract.quote;

import java.util.Locale;
import java.util.Set;

/** The word lists the quote rules use: reporting verbs, titles, organisation and person heads. */
final class Lexicon {

  private Lexicon() {}

  /** Finite and participle forms of verbs that report speech or writing. */
  static final Set<String> REPORTING = words(
      "said", "says", "say", "saying", "told", "tells", "telling", "added", "adds", "adding",
      "warned", "warns", "warning", "noted", "notes", "noting", "stressed", "stresses", "stressing",
      "explained", "explains", "explaining", "asked", "asks", "wrote", "writes", "writing", "tweeted",
      "insisted", "insists", "insisting", "argued", "argues", "arguing", "claimed", "claiming",
      "confirmed", "confirms", "confirming", "announced", "announces", "announcing", "declared", "declares",
      "stated", "continued", "continues", "recalled", "recalls", "recalling", "acknowledged", "acknowledges",
      "admitted", "admits", "responded", "replied", "suggested", "suggests", "suggesting", "predicted",
      "urged", "urges", "urging", "conceded", "complained", "emphasized", "emphasised", "emphasizing",
      "maintained", "maintains", "cautioned", "remarked", "observed", "countered", "contended",
      "boasted", "yelled", "shouted", "joked", "quipped", "vowed", "vows", "promised", "pledged",
      "described", "describes", "describing", "called", "calls", "reported", "reports", "reiterated",
      "repeated", "alleged", "alleges", "denied", "denies", "acknowledging", "explaining", "pointing",
      "tweeting", "mused", "wondered", "agreed", "estimated", "disclosed", "revealed", "testified",
      "indicated", "signaled", "signalled", "objected", "proclaimed", "assured", "informed", "concluded",
      "blasted", "slammed", "criticized", "praised", "lamented", "asserted", "asserts", "asserting", "demanded",
      "questioned", "charged", "mocked", "cited", "recounted", "echoed", "retorted", "snapped", "texted", "emailed",
      "posted", "elaborated", "clarified", "insisting", "recalling", "acknowledging", "writing", "continuing",
      "answered", "pressed", "interjected", "offered", "thundered", "fumed", "scoffed", "explains", "adds");


  /**
   * Verbs of communication and judgment beyond the common ones, after Levin's classes (say,
   * manner of speaking, complain, advise, judgment, characterize, dub): they count only with
   * "that", a colon or a quotation close after them ({@code Christie blasted Clinton as a “disgrace”}).
   */
  static final Set<String> COMMUNICATION = words(
      "dismissed", "dismisses", "dismissing", "lauded", "lauds", "lauding", "hailed", "hails", "hailing",
      "branded", "brands", "branding", "likened", "likens", "likening", "compared", "compares", "comparing",
      "condemned", "condemns", "condemning", "denounced", "denounces", "denouncing", "decried", "decries",
      "decrying", "labeled", "labelled", "labels", "labeling", "labelling", "dubbed", "dubs", "dubbing",
      "characterized", "characterised", "characterizes", "characterizing", "termed", "accused", "accuses",
      "accusing", "attacked", "chanted", "chants", "chanting", "sang", "sings", "singing", "touted", "touts",
      "touting", "applauded", "applauds", "commended", "welcomed", "welcomes", "rejected", "rejects",
      "ridiculed", "ridicules", "derided", "derides", "lambasted", "lambastes", "chided", "scolded", "rebuked",
      "exhorted", "bemoaned", "bemoans", "bemoaning", "blamed", "blames", "blaming", "pleaded", "pleads",
      "begged", "proposed", "proposes", "quoted", "referred", "refers", "referring", "mentioned", "mentions",
      "mentioning", "ruled", "rated", "found", "reads", "states", "vowing", "bragged", "brags", "bragging",
      "boasts", "boasting", "muttered", "whispered", "screamed", "shouts", "shouting", "yells", "yelling",
      "exclaimed", "complains", "complaining", "grumbled", "griped", "moaned", "advised", "advises",
      "cautions", "instructed", "admonished", "confessed", "confided", "hinted", "insinuated", "recounts",
      "reiterates", "reiterating", "reasoned", "speculated", "speculates", "theorized", "testifies",
      "testifying", "asking", "encouraged", "encourages", "encouraging", "calling", "promises", "promising",
      "pledges", "pledging", "demands", "demanding", "tweets", "declaring", "predicts", "predicting",
      "admitting", "denying", "jokes", "joking", "quips", "muses", "claims", "counters", "responds",
      "responding", "replies", "replying", "vowed", "criticizes", "criticizing", "criticised", "praises",
      "praising", "slams", "slamming", "blasts", "blasting", "mocks", "mocking", "scoffs", "questions",
      "questioning", "warns", "dismissed", "retorts", "laments", "lamenting", "sneered", "groaned", "cheered");

  /** Reporting verbs that need the word "that", a colon or a quotation after them to count. */
  static final Set<String> WEAK = words(
      "called", "calls", "reported", "reports", "denied", "denies", "agreed", "estimated", "revealed",
      "indicated", "concluded", "praised", "criticized", "promised", "pledged", "described", "describes",
      "describing", "continued", "continues", "blasted", "slammed", "objected", "repeated", "assured",
      "informed", "signaled", "signalled", "disclosed", "wondered", "observed", "maintained", "maintains", "questioned",
      "charged", "mocked", "cited", "echoed", "posted", "offered", "pressed", "answered", "continuing");

  /**
   * Reporting verbs that may come before their subject, as in {@code “…,” said X}; others
   * ("called", "told", "praised") take an object there instead.
   */
  static final Set<String> INVERTING = words(
      "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "continued", "continues", "explained",
      "explains", "recalled", "recalls", "noted", "notes", "warned", "warns", "replied", "responded", "insisted",
      "argued", "argues", "recounted", "tweeted", "concluded", "declared", "cautioned", "countered", "remarked",
      "quipped", "joked", "observed", "stressed", "emphasized", "emphasised", "acknowledged", "admitted",
      "conceded", "agreed", "complained", "lamented", "mused", "wondered", "offered", "predicted", "suggested",
      "answered", "retorted", "snapped", "shouted", "yelled", "boasted", "exclaimed", "elaborated", "clarified",
      "contended", "maintained", "reiterated", "echoed", "interjected", "thundered", "fumed", "scoffed", "asserted",
      "announced", "confirmed", "stated", "claimed", "explains");

  /** Before a participle these make a progressive: "Trump is telling ...". */
  static final Set<String> PROGRESSIVE = words("is", "are", "was", "were", "been", "'s", "’s");

  static final Set<String> NOT_BEFORE_CUE = words(
      "the", "a", "an", "his", "her", "their", "its", "our", "these", "those", "such", "was", "were", "been",
      "being", "be", "is", "are", "of", "by", "without", "from", "to", "for", "not", "never", "no", "n't", "n’t");

  /** Words between a speaker and the reporting verb that are skipped. */
  static final Set<String> AUXILIARIES = words(
      "has", "have", "had", "will", "would", "also", "later", "then", "once", "again", "further", "had",
      "just", "even", "still", "already", "often", "long", "did", "does", "do", "may", "might", "could",
      "should", "can", "previously", "recently", "reportedly", "repeatedly", "publicly", "privately",
      "earlier", "initially", "subsequently", "separately", "similarly", "simply", "frequently", "flatly",
      "quickly", "only", "first", "last", "who", "is", "are", "was", "were", "been");

  static final Set<String> DETERMINERS = words(
      "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "another", "one",
      "two", "three", "several", "some", "many", "other", "both", "most", "few");

  /** Words that end a speaker phrase. */
  static final Set<String> STOPS = words(
      "and", "but", "or", "nor", "that", "which", "whom", "whose", "as", "while", "when", "because", "if",
      "after", "before", "since", "though", "although", "where", "so", "with", "by", "from", "to", "in", "on",
      "at", "into", "than", "about", "during", "over", "under", "not", "also", "is", "are", "was", "were",
      "has", "have", "had", "will", "would", "be", "been", "it", "what", "how", "why", "then", "there",
      "here", "said", "says", "told", "says", "saying", "just", "only", "even", "up", "out", "against",
      "between", "through", "without", "until", "like", "per", "via", "amid", "whether", "all");

  static final Set<String> PRONOUNS = words("he", "she", "they", "it", "we", "i", "you");

  /** Heads of descriptions of people: "a senior administration official", "the spokesman". */
  static final Set<String> PERSON_HEADS = words(
      "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "source", "sources",
      "aide", "aides", "diplomat", "diplomats", "adviser", "advisers", "advisor", "advisors", "president",
      "senator", "lawmaker", "lawmakers", "governor", "minister", "secretary", "ambassador", "general",
      "commander", "analyst", "analysts", "expert", "experts", "leader", "leaders", "candidate", "nominee",
      "chairman", "chairwoman", "director", "chief", "representative", "congressman", "congresswoman",
      "mayor", "prosecutor", "prosecutors", "investigators", "police", "attorney", "lawyer", "lawyers",
      "judge", "author", "authors", "researchers", "economist", "economists", "executive", "executives",
      "person", "people", "man", "woman", "voter", "voters", "residents", "resident", "critics", "supporters",
      "member", "members", "strategist", "strategists", "pollster", "host", "anchor", "reporter", "reporters",
      "administration", "campaign", "statement", "report", "government", "department", "ministry", "office",
      "agency", "committee", "council", "party", "group", "company", "team", "officer", "officers", "staff",
      "staffer", "staffers", "activist", "activists", "witness", "witnesses", "friend", "friends", "mother",
      "father", "wife", "husband", "son", "daughter", "brother", "sister", "historian", "professor",
      "scientist", "scientists", "doctor", "doctors", "manager", "founder", "owner", "president-elect",
      "pentagon", "kremlin", "ceo", "commissioner", "speaker", "delegate", "delegates", "envoy", "negotiator");

  /** Plural heads, for "they". */
  static final Set<String> PLURAL_HEADS = words(
      "officials", "sources", "aides", "diplomats", "advisers", "advisors", "lawmakers", "analysts", "experts",
      "leaders", "prosecutors", "investigators", "police", "lawyers", "authors", "researchers", "economists",
      "executives", "people", "voters", "residents", "critics", "supporters", "members", "strategists",
      "officers", "staffers", "activists", "witnesses", "friends", "scientists", "doctors", "delegates",
      "spokespeople", "reporters");

  /** Titles before a name; the name is what follows the last of them. */
  static final Set<String> TITLES = words(
      "president", "vice", "secretary", "minister", "spokesman", "spokeswoman", "spokesperson", "adviser",
      "advisor", "sen.", "senator", "rep.", "representative", "gov.", "governor", "gen.", "general", "adm.",
      "admiral", "col.", "lt.", "sgt.", "capt.", "maj.", "leader", "chairman", "chairwoman", "chair", "director",
      "mr.", "mrs.", "ms.", "dr.", "prof.", "professor", "judge", "justice", "mayor", "ambassador", "envoy",
      "secretary-general", "chancellor", "premier", "prime", "king", "queen", "prince", "pope", "chief",
      "commander", "attorney", "press", "deputy", "assistant", "candidate", "nominee", "pollster", "host",
      "anchor", "congressman", "congresswoman", "speaker", "rev.", "officer", "executive", "ceo", "founder",
      "counselor", "counsel", "strategist", "manager", "commissioner", "superintendent", "sheriff", "lawyer",
      "economist", "analyst", "correspondent", "reporter", "columnist", "editor", "writer", "author");

  /** Last words that make a capitalised name an organisation or a place rather than a person. */
  static final Set<String> ORGANISATION_WORDS = words(
      "department", "office", "council", "ministry", "house", "kremlin", "pentagon", "agency", "committee",
      "party", "campaign", "commission", "court", "times", "post", "news", "service", "administration",
      "government", "organization", "organisation", "institute", "bureau", "association", "union",
      "foundation", "university", "center", "centre", "network", "company", "corp.", "inc.", "group",
      "police", "army", "navy", "congress", "senate", "nato", "fbi", "cia", "un", "u.n.", "eu", "states",
      "kingdom", "nations", "journal", "cnn", "reuters", "ap", "press", "fund", "bank", "board", "authority",
      "federation", "alliance", "coalition", "command", "forces", "force", "corps", "assembly", "parliament",
      "cabinet", "embassy", "consulate", "school", "college", "institution", "society", "club", "league",
      "team", "media", "times", "tribune", "herald", "gazette", "magazine", "politico", "fox", "msnbc",
      "abc", "cbs", "nbc", "breitbart", "twitter", "facebook", "google", "moscow", "washington", "beijing",
      "kyiv", "kiev", "russia", "ukraine", "china", "america", "europe", "iran", "britain", "france",
      "germany", "israel", "tehran", "london", "paris", "berlin", "minsk", "belarus", "wikileaks", "gop",
      "politifact", "monitor", "project", "poll", "study", "survey", "report", "statement", "website",
      "blog", "site", "newspaper", "channel", "station", "network", "firm", "capitol", "hill");

  /** Weekdays, months and times, which follow "said" without being its subject. */
  static final Set<String> TIME_WORDS = words(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
      "tonight", "earlier", "later", "last", "this", "next", "on", "in", "at", "jan.", "feb.", "aug.", "sept.",
      "oct.", "nov.", "dec.", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "recently", "previously", "afterward", "afterwards");

  /** A set of words; a word listed twice is harmless. */
  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /** Both sets in one, for {@link #isReporting}: the rules ask it of nearly every word. */
  private static final Set<String> REPORTING_OR_COMMUNICATION = union(REPORTING, COMMUNICATION);

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  static boolean isReporting(String word) {
    return REPORTING_OR_COMMUNICATION.contains(word);
  }

  /** Whether a reporting verb needs "that", a colon or a quotation after it to count. */
  static boolean isWeak(String word) {
    return WEAK.contains(word) || COMMUNICATION.contains(word) && !REPORTING.contains(word);
  }

  static boolean isParticiple(String word) {
    return word.endsWith("ing");
  }

  static boolean isDoubleQuote(String token) {
    return token.length() == 1 && (token.charAt(0) == '"' || token.charAt(0) == '“' || token.charAt(0) == '”');
  }

  static boolean isDash(String token) {
    return token.equals("—") || token.equals("―") || token.equals("–") || token.equals("--") || token.equals("-");
  }

  static boolean isWord(String token) {
    return !token.isEmpty() && Character.isLetterOrDigit(token.codePointAt(0));
  }

  static boolean isCapitalised(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
  }

  static boolean isPossessive(String token) {
    return token.equals("'s") || token.equals("’s") || token.equals("'") || token.equals("’");
  }
}
