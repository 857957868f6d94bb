package org.storyline.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.model.RemovalReason;

class AppPromoRuleTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "NEWYou can now listen to Fox News articles!",
      "You can now listen to Daily Planet articles!",
      "NEW You can now listen to Some Outlet articles",
      "CLICK HERE TO GET THE FOX NEWS APP",
      "Click here to get the Daily Planet app",
      "Download the BBC News app",
      "Get the CNN app",
      "Get the Daily Planet app now",
      "Open in app",
      "Listen to this article",
      "Listen to article 5 min"})
  void promo_isDropped(String line) {
    RuleCases.assertDropped(line, RemovalReason.APP_PROMO);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Download speeds in the app were slow during the outage, users said.",
      "Voters can now listen to the debates on public radio.",
      "Get the facts right, the senator told the committee.",
      "The app was downloaded 3 million times, the company said.",
      "Click here"})
  void sentenceAboutApps_isKept(String line) {
    RuleCases.assertKept(line);
  }
}
