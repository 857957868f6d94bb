package org.storyline.extract.claim;

import java.util.Locale;
import java.util.Set;

/** The word lists the claim rules share, and small token tests. */
final class Words {

  private Words() {}

  static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
      // without the point, as datelines and comment stamps write them: "01 Jun 2009"
      "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  static final Set<String> WEEKDAYS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Words after a number that make it a length of time or a frequency, not a count. */
  static final Set<String> TIME_WORDS = Set.of(
      "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "hrs",
      "minute", "minutes", "mins", "second", "seconds", "decade", "decades", "century", "centuries", "night", "nights",
      "weekend", "weekends", "times", "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "years-old", "year-old",
      "semester", "semesters", "quarter", "quarters", "term", "terms", "innings", "generation", "generations");

  /** Words that may stand between a number and a time word: "two more years", "seven straight days". */
  static final Set<String> TIME_FILLERS = Set.of(
      "more", "straight", "consecutive", "full", "long", "additional", "previous", "past", "next", "other", "extra",
      "separate", "different", "short", "whole");

  /** Determiners and quantifiers before a number that refer back to a group already counted. */
  static final Set<String> REFERENTIAL = Set.of(
      "the", "these", "those", "their", "his", "her", "its", "our", "my", "your", "all", "both", "each", "every",
      "whose", "other", "first", "last", "next", "this", "that");

  /** Labels before a number that make it a name or an identifier: "Route 66", "page 4", "No. 2". */
  static final Set<String> LABELS = Set.of(
      "route", "highway", "interstate", "no.", "#", "number", "room", "suite", "apt.", "apartment", "unit", "flight",
      "channel", "exit", "district", "precinct", "ward", "page", "chapter", "section", "article", "amendment",
      "title", "grade", "level", "category", "step", "phase", "stage", "round", "game", "season", "episode",
      "volume", "vol.", "pg.", "p.", "call", "dial", "code", "zip", "box", "lane", "pier", "gate", "floor",
      "platform", "seat", "row", "ranked", "rank", "no", "version", "model", "class", "cell", "line", "score",
      "scored", "beat", "by", "hole", "holes", "image", "images", "photo", "photos", "slide", "picture");

  /** Words after two numbers that make them a score or a record: "a 7 - 0 lead", "an 8 - 8 record". */
  static final Set<String> SCORE_WORDS = Set.of(
      "lead", "record", "win", "victory", "loss", "defeat", "tie", "draw", "score", "halftime", "advantage",
      "deficit", "rout", "triumph", "shutout");

  /** Adjectives after "100 percent" that make it a degree, not a share: "100 percent ready". */
  static final Set<String> DEGREE_WORDS = Set.of(
      "sure", "certain", "ready", "committed", "confident", "behind", "right", "wrong", "true", "clear", "honest",
      "healthy", "fit", "fine", "correct", "focused", "serious", "safe", "accurate", "positive", "convinced");

  static final Set<String> STREET = Set.of(
      "street", "st.", "st", "avenue", "ave.", "ave", "road", "rd.", "rd", "drive", "dr.", "boulevard", "blvd.",
      "lane", "ln.", "way", "court", "ct.", "place", "pl.", "highway", "hwy.", "parkway", "pkwy.", "circle",
      "terrace", "trail", "pike", "square", "block", "blocks");

  static final Set<String> DIRECTIONS = Set.of(
      "n.", "s.", "e.", "w.", "ne", "nw", "se", "sw", "n", "s", "e", "w");

  /** Verbs and function words that end the noun phrase after a number. */
  static final Set<String> PHRASE_STOPS = Set.of(
      "of", "in", "on", "at", "to", "into", "onto", "from", "for", "with", "without", "by", "near", "along",
      "across", "around", "inside", "outside", "over", "under", "between", "among", "against", "during", "after",
      "before", "since", "until", "through", "toward", "towards", "than", "as", "like", "per", "off", "up", "down",
      "about", "and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "where", "when", "while", "if",
      "because", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
      "will", "would", "could", "should", "may", "might", "must", "can", "shall", "not", "n't", "'s", "’s", "the",
      "a", "an", "this", "these", "those", "their", "his", "her", "its", "our", "my", "your", "now", "also", "still",
      "already", "just", "only", "then", "there", "here", "so", "yet", "each", "all", "both", "say", "says", "said",
      "compared", "according", "east", "west", "north", "south", "away", "apart", "ago", "later", "earlier", "more",
      "less", "fewer", "too", "very", "it", "they", "he", "she", "we", "i", "you", "them", "him", "us", "including",
      "involving", "left", "remain", "remained", "died", "total", "overall");

  static final Set<String> IRREGULAR_PLURALS = Set.of(
      "people", "men", "women", "children", "police", "personnel", "staff", "feet", "teeth", "mice", "geese",
      "cattle", "troops", "others", "folks", "youth", "clergy", "military", "public", "livestock", "sheep", "fish",
      "deer", "aircraft", "crew", "data", "media", "criteria");

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static boolean isWord(String s) {
    return !s.isEmpty() && Character.isLetter(s.codePointAt(0));
  }

  static boolean isCapitalised(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
  }

  /** Whether a word looks like a plural noun: "troops", "victims", "people"; not "was", "this", "bus". */
  static boolean looksPlural(String word) {
    String w = lower(word);
    if (IRREGULAR_PLURALS.contains(w)) {
      return true;
    }
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
        && !w.endsWith("'s") && !w.endsWith("’s") && isWord(w) && !PHRASE_STOPS.contains(w);
  }

  /** Whether a token is a number in digits or a number word. */
  static boolean isNumberLike(String s) {
    return !s.isEmpty() && (Character.isDigit(s.charAt(0)) || Numbers.isNumberWord(lower(s)));
  }
}
