package org.storyline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CatDocumentTest {

  private static CatDocument parse(String xml) {
    return CatDocument.parse(xml.getBytes(StandardCharsets.UTF_8), "a.xml");
  }

  private static String doc(String tokens) {
    return "<Document doc_id=\"7\" doc_name=\"7-x\">" + tokens + "</Document>";
  }

  @Test
  void parse_readsTokensSentencesAndTheCreationTime() throws IOException {
    CatDocument d;
    try (InputStream in = CatDocumentTest.class.getResourceAsStream("/fuzz/formats/sample.cat.xml")) {
      d = CatDocument.parse(in.readAllBytes(), "sample.cat.xml");
    }
    assertThat(d.id()).isEqualTo("12315");
    assertThat(d.name()).isEqualTo("12315-Apple_launches_3G");
    assertThat(d.created()).contains(LocalDate.of(2008, 6, 9));
    assertThat(d.text()).isEqualTo("Apple launches 3G\n\nJune 9\n\nSteve Jobs announced it & .");
    CatDocument.Token announced = d.tokens().get(7);
    assertThat(announced.id()).isEqualTo(8);
    assertThat(announced.sentence()).isEqualTo(2);
    assertThat(announced.span().of(d.text())).isEqualTo("announced");
  }

  @Test
  void tokenAt_findsTheTokenUnderAnOffsetAndNoneBetweenTokens() {
    CatDocument d = parse(doc("<token sentence=\"0\" t_id=\"2\">b</token><token sentence=\"0\" t_id=\"1\">aa</token>"));
    assertThat(d.text()).isEqualTo("aa b"); // t_id order, not file order
    assertThat(d.tokenAt(1)).map(CatDocument.Token::id).contains(1);
    assertThat(d.tokenAt(2)).isEmpty();
    assertThat(d.tokenAt(3)).map(CatDocument.Token::id).contains(2);
    assertThat(d.tokenAt(4)).isEmpty();
  }

  @Test
  void parse_withoutACreationTime_isUndated() {
    assertThat(parse(doc("<token sentence=\"0\" t_id=\"1\">a</token>")).created()).isEmpty();
  }

  @Test
  void parse_refusesBadTokensNamingTheFileAndTheElement() {
    assertThatThrownBy(() -> parse(doc("<token sentence=\"0\" t_id=\"x\">a</token>")))
        .isInstanceOf(CatException.class).hasMessageStartingWith("a.xml: token 1 (t_id=x)").hasMessageContaining("t_id is not a number");
    assertThatThrownBy(() -> parse(doc("<token sentence=\"0\" t_id=\"1\">a</token><token sentence=\"0\" t_id=\"1\">b</token>")))
        .isInstanceOf(CatException.class).hasMessageContaining("t_id=1").hasMessageContaining("used twice");
    assertThatThrownBy(() -> parse(doc("<token sentence=\"1\" t_id=\"1\">a</token><token sentence=\"0\" t_id=\"2\">b</token>")))
        .isInstanceOf(CatException.class).hasMessageContaining("sentence 0 after sentence 1");
    assertThatThrownBy(() -> parse(doc("<token sentence=\"0\" t_id=\"1\"> </token>")))
        .isInstanceOf(CatException.class).hasMessageContaining("empty token");
    assertThatThrownBy(() -> parse("<Document><token"))
        .isInstanceOf(CatException.class).hasMessageStartingWith("a.xml: Document: not well-formed XML");
    assertThatThrownBy(() -> parse("<TimeML/>"))
        .isInstanceOf(CatException.class).hasMessageContaining("expected the root element Document");
  }
}
