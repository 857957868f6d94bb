package org.storyline.store.index;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.storyline.search.SearchSyntaxException;

/**
 * Reads the classic query syntax: words and phrases search the title and the text (every word must
 * match unless {@code OR} says otherwise), {@code title:}, {@code text:}, {@code outlet:} and {@code
 * entity:} search one field, and {@code date:} takes a day, a month or a year ({@code date:2021-12})
 * or a range of them ({@code date:[2021-12-01 TO 2021-12-31]}, {@code *} for an open end). A field
 * not in that list, or a date that is not one, is a syntax error.
 *
 * <p>Not thread-safe (the classic parser keeps state): make one a query.
 */
final class QueryReader extends MultiFieldQueryParser {

  /** A title match counts twice a text match. */
  private static final Map<String, Float> BOOSTS = Map.of(Fields.TITLE, 2f, Fields.TEXT, 1f);

  QueryReader(Analyzer analyzer) {
    super(new String[] {Fields.TITLE, Fields.TEXT}, analyzer, BOOSTS);
    setDefaultOperator(QueryParser.AND_OPERATOR);
    setSplitOnWhitespace(true);
  }

  /**
   * The query {@code text} stands for; every article when it is blank.
   *
   * @throws SearchSyntaxException naming the query and the reason, in one line
   */
  static Query read(String text, Analyzer analyzer) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    try {
      return new QueryReader(analyzer).parse(text);
    } catch (ParseException e) {
      throw new SearchSyntaxException("cannot read the query '" + oneLine(text) + "': " + reason(e), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new SearchSyntaxException("the query '" + oneLine(text) + "' stands for too many words; use fewer wildcards", e);
    }
  }

  /** The first line of the parser's message, without its repetition of the query. */
  private static String reason(ParseException e) {
    String m = oneLine(e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse(""));
    if (m.startsWith("Cannot parse '")) {
      int end = m.indexOf("': ");
      if (end > 0) {
        m = m.substring(end + 3);
      }
    }
    Throwable cause = e.getCause();
    if (cause instanceof ParseException inner && inner.getMessage() != null && m.isEmpty()) {
      m = inner.getMessage().lines().findFirst().orElse("");
    }
    return m.isBlank() ? "not the query syntax" : m;
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    if (Fields.DATE.equals(field)) {
      Day d = day(queryText);
      return dateRange(d.first(), d.last());
    }
    return super.getFieldQuery(checked(field), queryText, quoted);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    return super.getFieldQuery(checked(field), queryText, slop);
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    if (!Fields.DATE.equals(field)) {
      return super.getRangeQuery(checked(field), part1, part2, startInclusive, endInclusive);
    }
    Optional<Day> from = open(part1) ? Optional.empty() : Optional.of(day(part1));
    Optional<Day> to = open(part2) ? Optional.empty() : Optional.of(day(part2));
    long low = from.map(d -> startInclusive ? d.first() : d.last() + 1).orElse(Long.MIN_VALUE);
    long high = to.map(d -> endInclusive ? d.last() : d.first() - 1).orElse(Long.MAX_VALUE);
    return dateRange(low, high);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return super.getPrefixQuery(notDate(field), termStr);
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if ("*".equals(field) && "*".equals(termStr)) {
      return new MatchAllDocsQuery();
    }
    return super.getWildcardQuery(notDate(field), termStr);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    return super.getFuzzyQuery(notDate(field), termStr, minSimilarity);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    return super.getRegexpQuery(notDate(field), termStr);
  }

  private static boolean open(String part) {
    return part == null || "*".equals(part);
  }

  private static Query dateRange(long low, long high) {
    return LongPoint.newRangeQuery(Fields.DATE, low, high);
  }

  /** {@code field} when a query may name it (null: the default fields). */
  private static String checked(String field) throws ParseException {
    if (field != null && !Fields.QUERYABLE.contains(field)) {
      throw new ParseException("unknown field '" + field + "' (fields: " + String.join(", ", Fields.QUERYABLE)
          + "; put a phrase with a colon in quotes)");
    }
    return field;
  }

  private static String notDate(String field) throws ParseException {
    if (Fields.DATE.equals(field)) {
      throw new ParseException("a date is a day, a month or a year (2021-12-05, 2021-12, 2021) or a range [A TO B], not a pattern");
    }
    return checked(field);
  }

  /** A span of days, as epoch days, both ends included. */
  private record Day(long first, long last) {}

  /** The first and last day {@code text} (a day, a month or a year) stands for. */
  private static Day day(String text) throws ParseException {
    String t = text.strip();
    try {
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        long day = LocalDate.parse(t).toEpochDay();
        return new Day(day, day);
      } else if (t.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(t);
        return new Day(m.atDay(1).toEpochDay(), m.atEndOfMonth().toEpochDay());
      } else if (t.matches("\\d{4}")) {
        int y = Integer.parseInt(t);
        return new Day(LocalDate.of(y, 1, 1).toEpochDay(), LocalDate.of(y, 12, 31).toEpochDay());
      }
      throw new ParseException("'" + t + "' is not a date (2021-12-05, 2021-12 or 2021)");
    } catch (DateTimeParseException e) {
      throw new ParseException("'" + t + "' is not a date: " + e.getMessage());
    }
  }
}
