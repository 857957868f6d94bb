package org.storyline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.storyline.search.SearchSyntaxException;
import org.storyline.store.index.ClassicSyntax;

/**
 * A query of the classic syntax as SQL over {@code articles a} of a PostgreSQL store: the query is
 * read by the same parser as the Lucene index's ({@link ClassicSyntax}), and its tree mapped here.
 * Words and phrases of the title and text become one {@code tsquery} over {@code a.search} (title
 * words weighted A, text words B, so {@code title:} is a weight label); {@code outlet:} and {@code
 * entity:} become {@code tsquery}s over the outlet and the article's entity names; {@code date:}
 * becomes a comparison of {@code a.published}; AND, OR and NOT become the {@code tsquery}'s {@code &},
 * {@code |} and {@code !} where all parts search one column, else SQL's.
 *
 * <p>What SQL cannot say as Lucene means it is refused with a {@link SearchSyntaxException}:
 * wildcards other than a trailing {@code *}, fuzzy and regular-expression terms, and phrases with a
 * slop ({@code "a b"~2}).
 *
 * @param where a boolean SQL expression over {@code a}, with {@code ?} marks
 * @param params the marks' values, in order
 * @param rank the {@code tsquery} (text, for {@code to_tsquery('simple', ?)}) of every word the
 *     query asks for in the title or text, OR-ed, to rank and highlight; empty when there is none
 */
record PostgresQuery(String where, List<Object> params, String rank) {

  PostgresQuery {
    Objects.requireNonNull(where, "where");
    params = List.copyOf(params);
    Objects.requireNonNull(rank, "rank");
  }

  /** The column searched by a {@code tsquery}. */
  private enum Vector {
    ARTICLE("a.search"),
    OUTLET("to_tsvector('simple', coalesce(a.search_outlet, ''))"),
    // every entity name of the article, as the Lucene index's multi-valued entity field holds them
    ENTITY("""
        (SELECT to_tsvector('simple', coalesce(string_agg(e.canonical_name, ' '), ''))
         FROM (SELECT DISTINCT e.canonical_name FROM entity_links l JOIN entities e ON e.id = l.entity_id
               WHERE l.article_id = a.id) e)""");

    final String sql;

    Vector(String sql) {
      this.sql = sql;
    }
  }

  /** A mapped part: a tsquery over one column, or an SQL predicate. */
  private sealed interface Part permits Ts, Predicate {}

  /** {@code tsquery} over {@code vector}; {@code ranked} the words it asks for, OR-ed (null: none). */
  private record Ts(Vector vector, String tsquery, String ranked) implements Part {}

  private record Predicate(String sql, List<Object> params, List<String> ranked) implements Part {}

  private static final Predicate ALL = new Predicate("TRUE", List.of(), List.of());
  private static final Predicate NONE = new Predicate("FALSE", List.of(), List.of());

  /**
   * The SQL of the query {@code text}.
   *
   * @throws SearchSyntaxException when it cannot be read or mapped; the message names the query
   */
  static PostgresQuery of(String text) {
    Query q = ClassicSyntax.read(text);
    Predicate p;
    try {
      p = predicate(map(q));
    } catch (Unmappable e) {
      throw new SearchSyntaxException("cannot search '" + text.replaceAll("\\s+", " ").strip() + "' in a PostgreSQL store: "
          + e.getMessage(), e);
    }
    String rank = p.ranked().stream().map(r -> "(" + r + ")").collect(Collectors.joining(" | "));
    return new PostgresQuery(p.sql(), p.params(), rank);
  }

  /** The words of a {@code tsquery} without their weight labels, for {@code ts_headline} (the text alone has none). */
  static String unweighted(String tsquery) {
    return tsquery.replace("':*A", "':*").replace("':*B", "':*").replace("':A", "'").replace("':B", "'");
  }

  private static final class Unmappable extends Exception {
    private static final long serialVersionUID = 1L;

    Unmappable(String message) {
      super(message);
    }
  }

  private static Part map(Query q) throws Unmappable {
    if (q instanceof BoostQuery b) {
      return map(b.getQuery());
    } else if (q instanceof MatchAllDocsQuery) {
      return ALL;
    } else if (q instanceof TermQuery t) {
      return leaf(t.getTerm().field(), lexeme(t.getTerm().text(), "", label(t.getTerm().field())));
    } else if (q instanceof PrefixQuery p) {
      return leaf(p.getField(), lexeme(p.getPrefix().text(), "*", label(p.getField())));
    } else if (q instanceof PhraseQuery p) {
      return phrase(p);
    } else if (q instanceof PointRangeQuery r && ClassicSyntax.DATE.equals(r.getField())) {
      return dates(r);
    } else if (q instanceof BooleanQuery b) {
      return bool(b);
    }
    throw new Unmappable("'" + q + "' has no equivalent in PostgreSQL's full-text search"
        + " (wildcards other than a trailing *, fuzzy terms and regular expressions are Lucene's only)");
  }

  /** The weight label that restricts a word to the title (A) or the text (B); none elsewhere. */
  private static String label(String field) {
    return ClassicSyntax.TITLE.equals(field) ? "A" : ClassicSyntax.TEXT.equals(field) ? "B" : "";
  }

  private static Vector vector(String field) throws Unmappable {
    if (ClassicSyntax.TITLE.equals(field) || ClassicSyntax.TEXT.equals(field)) {
      return Vector.ARTICLE;
    } else if (ClassicSyntax.OUTLET.equals(field)) {
      return Vector.OUTLET;
    } else if (ClassicSyntax.ENTITY.equals(field)) {
      return Vector.ENTITY;
    }
    throw new Unmappable("the field '" + field + "' cannot be searched as words");
  }

  private static Ts leaf(String field, String tsquery) throws Unmappable {
    Vector v = vector(field);
    return new Ts(v, tsquery, v == Vector.ARTICLE ? tsquery : null);
  }

  /** One word as a {@code tsquery} lexeme: quoted, its quotes and backslashes escaped, with prefix mark and weight. */
  private static String lexeme(String word, String prefix, String label) {
    String quoted = "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    String suffix = prefix + label;
    return suffix.isEmpty() ? quoted : quoted + ":" + suffix;
  }

  private static Part phrase(PhraseQuery p) throws Unmappable {
    if (p.getSlop() != 0) {
      throw new Unmappable("a phrase with a slop (\"..\"~N) has no equivalent; PostgreSQL matches words at exact distances");
    }
    Term[] terms = p.getTerms();
    int[] positions = p.getPositions();
    if (terms.length == 0) {
      return NONE;
    }
    String field = p.getField();
    StringBuilder out = new StringBuilder(lexeme(terms[0].text(), "", label(field)));
    for (int i = 1; i < terms.length; i++) {
      int gap = positions[i] - positions[i - 1];
      out.append(gap == 1 ? " <-> " : " <" + gap + "> ").append(lexeme(terms[i].text(), "", label(field)));
    }
    return leaf(field, out.toString());
  }

  private static Predicate dates(PointRangeQuery r) {
    long low = LongPoint.decodeDimension(r.getLowerPoint(), 0);
    long high = LongPoint.decodeDimension(r.getUpperPoint(), 0);
    List<String> sql = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    sql.add("a.published IS NOT NULL");
    if (low > LocalDate.MIN.toEpochDay() && low != Long.MIN_VALUE) {
      sql.add("a.published >= ?");
      params.add(LocalDate.ofEpochDay(low).toString());
    }
    if (high < LocalDate.MAX.toEpochDay() && high != Long.MAX_VALUE) {
      sql.add("a.published <= ?");
      params.add(LocalDate.ofEpochDay(high).toString());
    }
    return new Predicate("(" + String.join(" AND ", sql) + ")", params, List.of());
  }

  /**
   * A boolean query as Lucene matches it: every required clause (MUST, FILTER), no prohibited one
   * (MUST_NOT), and, when nothing is required, at least one optional clause (SHOULD), which
   * otherwise only adds to the score. Only prohibited clauses: nothing matches.
   */
  private static Part bool(BooleanQuery b) throws Unmappable {
    List<Part> required = new ArrayList<>();
    List<Part> optional = new ArrayList<>();
    List<Part> prohibited = new ArrayList<>();
    for (BooleanClause c : b.clauses()) {
      Part p = map(c.getQuery());
      switch (c.getOccur()) {
        case MUST, FILTER -> required.add(p);
        case SHOULD -> optional.add(p);
        case MUST_NOT -> prohibited.add(p);
      }
    }
    if (required.isEmpty() && optional.isEmpty()) {
      return NONE;
    }
    List<Part> matching = required.isEmpty() ? optional : required;
    String op = required.isEmpty() ? "|" : "&";
    Vector common = commonVector(matching, prohibited);
    if (common != null) {
      return combinedTs(common, matching, op, prohibited, required.isEmpty() ? List.of() : optional);
    }
    return combinedSql(matching, required.isEmpty() ? "OR" : "AND", prohibited, required.isEmpty() ? List.of() : optional);
  }

  /** The one column every part searches, or null when parts search several or are predicates. */
  private static Vector commonVector(List<Part> matching, List<Part> prohibited) {
    Vector v = null;
    for (List<Part> list : List.of(matching, prohibited)) {
      for (Part p : list) {
        if (!(p instanceof Ts t) || (v != null && v != t.vector())) {
          return null;
        }
        v = t.vector();
      }
    }
    return v;
  }

  private static Ts combinedTs(Vector v, List<Part> matching, String op, List<Part> prohibited, List<Part> scoringOnly) {
    List<String> positive = new ArrayList<>();
    for (Part p : matching) {
      positive.add("(" + ((Ts) p).tsquery() + ")");
    }
    StringBuilder tsquery = new StringBuilder(String.join(" " + op + " ", positive));
    if (!prohibited.isEmpty()) {
      tsquery.insert(0, '(').append(')');
      for (Part p : prohibited) {
        tsquery.append(" & !(").append(((Ts) p).tsquery()).append(')');
      }
    }
    List<String> ranked = new ArrayList<>();
    for (List<Part> list : List.of(matching, scoringOnly)) {
      list.forEach(p -> ranked.addAll(ranked(p)));
    }
    return new Ts(v, tsquery.toString(), ranked.isEmpty() ? null : String.join(" | ", ranked));
  }

  private static Predicate combinedSql(List<Part> matching, String op, List<Part> prohibited, List<Part> scoringOnly) {
    List<String> sql = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    List<String> ranked = new ArrayList<>();
    for (Part part : matching) {
      Predicate p = predicate(part);
      sql.add(p.sql());
      params.addAll(p.params());
      ranked.addAll(p.ranked());
    }
    String where = "(" + String.join(" " + op + " ", sql) + ")";
    for (Part part : prohibited) {
      Predicate p = predicate(part);
      where += " AND NOT " + p.sql();
      params.addAll(p.params());
    }
    for (Part p : scoringOnly) {
      ranked.addAll(ranked(p));
    }
    return new Predicate("(" + where + ")", params, ranked);
  }

  private static List<String> ranked(Part p) {
    if (p instanceof Ts t) {
      return t.ranked() == null ? List.of() : List.of(t.ranked());
    }
    return ((Predicate) p).ranked();
  }

  private static Predicate predicate(Part part) {
    if (part instanceof Predicate p) {
      return p;
    }
    Ts t = (Ts) part;
    return new Predicate("(" + t.vector().sql + " @@ to_tsquery('simple', ?))", List.of(t.tsquery()), ranked(t));
  }
}
