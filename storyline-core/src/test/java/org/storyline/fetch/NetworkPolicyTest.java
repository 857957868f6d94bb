package org.storyline.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NetworkPolicyTest {

  @ParameterizedTest
  @ValueSource(strings = {"file:///etc/passwd", "ftp://example.com/a", "gopher://example.com/", "jar:file:/a.jar!/b", "mailto:a@b.c"})
  void check_nonHttpScheme_isRefused_evenWithPrivateAllowed(String address) {
    for (NetworkPolicy policy : new NetworkPolicy[] {NetworkPolicy.publicOnly(), NetworkPolicy.allowPrivate()}) {
      assertThatThrownBy(() -> policy.check(URI.create(address)))
          .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED))
          .hasMessageContaining("only http and https are fetched");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "http://10.1.2.3/, a private address",
    "http://172.16.0.1/, a private address",
    "http://192.168.1.1:8080/, a private address",
    "http://100.64.0.1/, a private address (shared",
    "http://127.0.0.1/, a loopback address",
    "http://127.8.9.10/, a loopback address",
    "http://169.254.169.254/, a link-local address",
    "http://0.0.0.0/, an unspecified address",
    "http://224.0.0.1/, a multicast address",
    "http://255.255.255.255/, a reserved address",
    "http://[::1]/, a loopback address",
    "http://[::]/, an unspecified address",
    "http://[fc00::1]/, a unique-local address",
    "http://[fd12:3456::1]/, a unique-local address",
    "http://[fe80::1]/, a link-local address",
    "http://[ff02::1]/, a multicast address",
    "http://[::ffff:10.0.0.1]/, a private address",
    "http://[64:ff9b::a00:1]/, a private address inside an IPv6 address",
    "http://[2002:7f00:1::]/, a loopback address inside an IPv6 address",
  })
  void check_nonPublicAddress_isRefused(String address, String why) throws Exception {
    URI uri = URI.create(address);
    assertThatThrownBy(() -> NetworkPolicy.publicOnly().check(uri))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED))
        .hasMessageContaining(why)
        .hasMessageContaining("--allow-private");
    assertThatCode(() -> NetworkPolicy.allowPrivate().check(uri)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://93.184.216.34/", "https://[2606:2800:220:1:248:1893:25c8:1946]/a", "http://8.8.8.8:8080/x"})
  void check_publicAddress_isAllowed(String address) {
    assertThatCode(() -> NetworkPolicy.publicOnly().check(URI.create(address))).doesNotThrowAnyException();
  }

  @Test
  void check_hostResolvingToAnyPrivateAddress_isRefused() {
    NetworkPolicy policy = NetworkPolicy.publicOnly().withResolver(host -> new InetAddress[] {
        InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")});
    assertThatThrownBy(() -> policy.check(URI.create("https://news.example/a")))
        .hasMessageContaining("news.example is at 10.0.0.7, a private address");
  }

  @Test
  void check_allowedAddress_isLetThrough() throws Exception {
    NetworkPolicy policy = NetworkPolicy.publicOnly().allowing(InetAddress.getByName("10.0.0.8"));
    assertThatCode(() -> policy.check(URI.create("http://10.0.0.8/"))).doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.check(URI.create("http://10.0.0.9/"))).isInstanceOf(FetchException.class);
  }

  @Test
  void check_relativeOrHostless_isRefused() {
    assertThatThrownBy(() -> NetworkPolicy.publicOnly().check(URI.create("/a/b"))).hasMessageContaining("not an absolute");
    assertThatThrownBy(() -> NetworkPolicy.publicOnly().check(URI.create("http:///a"))).hasMessageContaining("no host");
  }
}
