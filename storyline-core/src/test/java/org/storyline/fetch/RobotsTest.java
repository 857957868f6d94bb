package org.storyline.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsTest {

  @Test
  void parse_namedGroup_winsOverStar() {
    Robots r = Robots.parse("""
        User-agent: *
        Disallow: /

        User-agent: Storyline/0.1
        Disallow: /private
        """, "storyline");
    assertThat(r.allows("/news/a")).isTrue();
    assertThat(r.allows("/private/a")).isFalse();
  }

  @Test
  void parse_starGroup_whenNoneIsNamed() {
    Robots r = Robots.parse("""
        # comment
        User-agent: googlebot
        Disallow: /

        User-agent: *
        Disallow: /tmp/ # trailing comment
        Allow: /tmp/public
        Sitemap: https://example.com/sitemap.xml
        """, "storyline");
    assertThat(r.allows("/tmp/x")).isFalse();
    assertThat(r.allows("/tmp/public/x")).isTrue();
    assertThat(r.allows("/news")).isTrue();
  }

  @Test
  void parse_groupOfSeveralAgents_appliesToEach() {
    Robots r = Robots.parse("User-agent: a\nUser-agent: storyline\nDisallow: /x\n", "storyline");
    assertThat(r.allows("/x")).isFalse();
  }

  @Test
  void allows_longestMatchWins_allowOnATie() {
    Robots r = Robots.parse("User-agent: *\nDisallow: /a\nAllow: /a\nDisallow: /ab\nAllow: /abc\n", "storyline");
    assertThat(r.allows("/a")).isTrue();
    assertThat(r.allows("/ab")).isFalse();
    assertThat(r.allows("/abc")).isTrue();
  }

  @Test
  void allows_wildcardsAndEndAnchor() {
    Robots r = Robots.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?session=\n", "storyline");
    assertThat(r.allows("/files/a.pdf")).isFalse();
    assertThat(r.allows("/files/a.pdf.html")).isTrue();
    assertThat(r.allows("/page?session=1")).isFalse();
    assertThat(r.allows("/page?x=1")).isTrue();
  }

  @Test
  void allows_emptyDisallow_allowsAll_andRobotsTxtItselfAlways() {
    assertThat(Robots.parse("User-agent: *\nDisallow:\n", "storyline").allows("/x")).isTrue();
    assertThat(Robots.DISALLOW_ALL.allows("/robots.txt")).isTrue();
    assertThat(Robots.DISALLOW_ALL.allows("/")).isFalse();
  }

  @Test
  void matches_manyStars_staysFast() {
    String pattern = "/" + "*a".repeat(40) + "b";
    String path = "/" + "a".repeat(5000);
    long start = System.nanoTime();
    assertThat(Robots.matches(pattern, path)).isFalse();
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
  }
}
