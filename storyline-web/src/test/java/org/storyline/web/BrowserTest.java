package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages in Debian's Chromium, driven by Playwright: one browser for the class, a fresh page
 * per test with a dialog, console and page-error listener that must hear nothing. Screenshots go
 * to target/screenshots.
 */
class BrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SHOTS = Path.of("target", "screenshots");

  static TestSite site;
  static Playwright playwright;
  static Browser browser;

  BrowserContext context;
  Page page;
  final List<String> heard = new ArrayList<>();

  @BeforeAll
  static void launch() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (.ci/run installs it)");
    site = TestSite.get();
    Files.createDirectories(SHOTS);
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
        .setArgs(List.of("--no-sandbox")).setHeadless(true));
  }

  @AfterAll
  static void close() {
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void open() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
    page = context.newPage();
    page.onDialog(d -> {
      heard.add("dialog: " + d.message());
      d.dismiss();
    });
    page.onConsoleMessage(m -> heard.add("console " + m.type() + ": " + m.text()));
    page.onPageError(e -> heard.add("page error: " + e));
  }

  @AfterEach
  void shut() {
    context.close();
  }

  private void go(String path) {
    page.navigate(site.base + path);
    page.waitForLoadState();
  }

  private void shot(String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")));
  }

  private String sampleStoryPath() {
    return Href.story(ApiTest.sampleStory().get("id").asText());
  }

  @Test
  void walk_listStoryArticleEntity() {
    go("/");
    assertThat(page.locator("ol.stories li").count()).isPositive();
    shot("1-list");
    page.locator("a[href='" + sampleStoryPath() + "']").first().click();
    page.waitForLoadState();
    assertThat(page.locator("h1").innerText()).isNotBlank();
    page.locator("#coverage-chart[data-drawn=true] canvas").first().waitFor();
    assertThat(page.locator("#claim-charts canvas").count()).as("claim charts drawn").isPositive();
    shot("2-story");
    page.locator("section[aria-labelledby=articles-h] li a").first().click();
    page.waitForLoadState();
    Locator marks = page.locator(".text mark[title]");
    assertThat(marks.count()).isPositive();
    assertThat(page.locator(".text mark.time").first().getAttribute("title")).matches("(?s).*\\d{4}.*");
    assertThat(page.locator(".text mark.entity").count()).isPositive();
    shot("3-article");
    go(sampleStoryPath());
    page.locator("ul.entities a").first().click();
    page.waitForLoadState();
    assertThat(page.locator("h1").innerText()).isNotBlank();
    page.locator("#mentions-chart[data-drawn=true] canvas").first().waitFor();
    shot("4-entity");
    assertThat(heard).isEmpty();
  }

  @Test
  void storyPage_showsDatesOutletsAndTheTroopDisagreementWithoutScrolling() {
    go(sampleStoryPath());
    for (String selector : List.of(".story-meta .dates", ".story-meta .outlets", "section.disagree")) {
      BoundingBox box = page.locator(selector).first().boundingBox();
      assertThat(box).as(selector).isNotNull();
      assertThat(box.y + box.height).as(selector + " within the first screen").isLessThanOrEqualTo(768);
    }
    assertThat(page.locator("section.disagree").innerText()).containsIgnoringCase("troops");
    assertThat(page.locator(".story-meta .dates time").count()).isPositive();
    shot("5-story-first-screen");
    assertThat(heard).isEmpty();
  }

  @Test
  void search_facetAndFilter() {
    go("/?q=troops&group=articles");
    int all = page.locator("section.hits ol.stories > li").count();
    assertThat(all).isPositive();
    shot("6-search");
    Locator outlet = page.locator("section.facet:has(h2:text('Outlet')) a").first();
    String chosen = outlet.innerText();
    outlet.click();
    page.waitForLoadState();
    assertThat(page.url()).contains("outlet=");
    assertThat(page.locator("section.facet a.chosen").first().innerText()).isEqualTo(chosen);
    List<String> outlets = page.locator("section.hits .meta").allInnerTexts();
    assertThat(outlets.stream().filter(t -> !t.contains("articles in")).toList()).allMatch(t -> t.contains(chosen));
    // drill sideways: the other outlets stay listed while one is chosen
    assertThat(page.locator("section.facet:has(h2:text('Outlet')) a").count()).isGreaterThan(1);
    page.locator("#from").fill("2030-01-01");
    page.locator("form.filters button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.url()).contains("from=2030-01-01");
    assertThat(page.locator("section.hits ol.stories > li").count()).isZero();
    go("/?q=troops");
    assertThat(page.locator("section.hits ol.stories > li").count()).as("grouped by story").isPositive();
    shot("7-search-by-story");
    assertThat(heard).isEmpty();
  }

  @Test
  void maliciousArticle_rendersInertOnEveryPageThatShowsIt() {
    String article = ApiTest.evilId();
    String story = Http.json(Http.get(site.base + "/api/v1/articles/" + article)).get("story").asText();
    List<String> pages = new ArrayList<>(List.of("/", "/?q=bridges&group=articles", "/?q=bridges", Href.article(article), Href.story(story),
        "/?outlet=" + Href.enc(TestSite.EVIL_OUTLET)));
    Http.json(Http.get(site.base + "/api/v1/stories/" + story)).get("entities")
        .forEach(e -> pages.add(Href.entity(e.get("name").asText()))); // the story is the malicious article alone
    int n = 0;
    for (String path : pages) {
      go(path);
      page.mouse().move(300, 300);
      page.keyboard().press("Tab");
      Object live = page.evaluate("() => document.querySelectorAll('[onerror],[onmouseover],[onfocus],[onload],[autofocus],"
          + "a[href^=\"javascript:\" i],a[href^=\"data:\" i],iframe,object,embed,body script:not([src]):not([type=\"application/json\"])').length");
      assertThat(((Number) live).intValue()).as("live markup on " + path).isZero();
      shot("8-malicious-" + (n++));
    }
    go(Href.article(article));
    assertThat(page.locator("h1").innerText()).contains("<script>alert('title')</script>");
    assertThat(page.locator(".text").innerText()).contains("</script><script>alert('quote')</script>");
    assertThat(page.locator("a.source").count()).as("javascript: is not a link").isZero();
    assertThat(heard).as("dialogs, console messages and page errors").isEmpty();
  }

  @Test
  void entityPage_mergeFormGoesThroughTheEngine() {
    String story = Http.json(Http.get(site.base + "/api/v1/articles/" + ApiTest.evilId())).get("story").asText();
    var entities = Http.json(Http.get(site.base + "/api/v1/stories/" + story)).get("entities");
    assertThat(entities.size()).as(entities.toString()).isGreaterThanOrEqualTo(2);
    String name = entities.get(0).get("name").asText();
    String other = entities.get(1).get("name").asText();
    go(Href.entity(name));
    page.locator("#merge-other").fill(other);
    page.locator("form[action='/entity/merge'] button").click();
    page.waitForLoadState();
    shot("10-entity-merged");
    String merged = page.locator("main").innerText();
    assertThat(merged).as(name + " + " + other).contains(name).contains(other);
    assertThat(page.locator("section[aria-labelledby=why-h]").innerText()).as(merged).contains("USER_MERGE");
    assertThat(heard).isEmpty();
  }

  @Test
  void apiDocs_swaggerUiShowsEveryDocumentedOperation() {
    go("/api/docs");
    page.locator(".swagger-ui .opblock").first().waitFor();
    int operations = 0;
    for (var path : Http.json(Http.get(site.base + "/api/v1/openapi.json")).get("paths")) {
      operations += path.size();
    }
    assertThat(page.locator(".swagger-ui .opblock").count()).isEqualTo(operations);
    shot("11-api-docs");
    assertThat(heard).isEmpty();
  }

  @Test
  void phoneWidth_noSidewaysScrollAndKeyboardReachesTheContent() {
    context.close();
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
    page = context.newPage();
    page.onConsoleMessage(m -> heard.add("console " + m.type() + ": " + m.text()));
    go(sampleStoryPath());
    Object width = page.evaluate("() => document.documentElement.scrollWidth");
    assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
    shot("9-phone-story");
    page.keyboard().press("Tab");
    assertThat(page.evaluate("() => document.activeElement.className")).isEqualTo("skip");
    assertThat(heard).isEmpty();
  }
}
