package org.storyline.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.model.RemovalReason;

class SignUpRuleTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Subscribe",
      "Sign Up Now",
      "Sign up",
      "Sign Up for Daily Headlines",
      "Sign up to receive a daily email of today's top stories from The Daily Planet and other outlets around the world.",
      "Get our free morning briefing newsletter",
      "Enter your email",
      "Enter your email address",
      "Already a subscriber? Log in",
      "Subscribe to The Morning newsletter",
      "By signing up, you agree to our Terms of Use and Privacy Policy.",
      "Thanks for signing up!"})
  void signUpBox_isDropped(String line) {
    RuleCases.assertDropped(line, RemovalReason.SIGNUP_BOX);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Voters who did not sign up before the deadline were turned away at the polls, officials said.",
      "Subscribers to the service will get a refund, the company said.",
      "Sign up rates for the program doubled in a year, according to the ministry, which gave no figures for earlier years or for the regions where the program is not yet offered.",
      "Subscribe"
          + " to the idea that sanctions alone will stop an invasion and you will be disappointed, the former ambassador said in a long interview."})
  void sentence_isKept(String line) {
    RuleCases.assertKept(line);
  }
}
