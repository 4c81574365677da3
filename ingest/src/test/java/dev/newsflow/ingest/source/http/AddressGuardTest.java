package dev.newsflow.ingest.source.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    private static HostResolver mapping(String address) {
        return host -> List.of(InetAddress.getByName(address));
    }

    @ParameterizedTest
    @CsvSource({
        "10.0.0.1, private",
        "172.16.5.4, private",
        "192.168.1.1, private",
        "fc00::1, private",
        "127.0.0.1, loopback",
        "::1, loopback",
        "169.254.10.10, link-local",
        "fe80::1, link-local",
        "169.254.169.254, cloud-metadata",
        "fd00:ec2::254, cloud-metadata",
        "0.0.0.0, unspecified",
        "::, unspecified",
        "::ffff:10.0.0.1, private"})
    void shouldRefuseInternalAddressesWhateverDnsAnswers(String address, String kind) {
        AddressGuard guard = new AddressGuard(mapping(address), List.of());

        assertThatThrownBy(() -> guard.check("news.example.test"))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("news.example.test")
                .hasMessageContaining("a " + kind + " address");
    }

    @Test
    void shouldRefuseWhenAnyOfSeveralAddressesIsInternal() throws UnknownHostException {
        List<InetAddress> answers = List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3"));
        AddressGuard guard = new AddressGuard(host -> answers, List.of());

        assertThatThrownBy(() -> guard.check("mixed.example.test")).isInstanceOf(BlockedAddressException.class);
    }

    @Test
    void shouldPassPublicAddresses() throws Exception {
        AddressGuard guard = new AddressGuard(mapping("93.184.216.34"), List.of());

        assertThat(guard.check("news.example.test")).extracting(InetAddress::getHostAddress).containsExactly("93.184.216.34");
    }

    @Test
    void shouldPassARangeTheOperatorAllowed() throws Exception {
        AddressGuard guard = new AddressGuard(mapping("10.20.30.40"), List.of(CidrRange.parse("10.20.0.0/16")));

        assertThat(guard.check("intranet.example.test")).hasSize(1);
        assertThatThrownBy(() -> new AddressGuard(mapping("10.21.0.1"), List.of(CidrRange.parse("10.20.0.0/16"))).check("other.test"))
                .isInstanceOf(BlockedAddressException.class);
    }

    @Test
    void shouldReportAnUnresolvableHostAsAFetchError() {
        AddressGuard guard = new AddressGuard(host -> {
            throw new UnknownHostException(host);
        }, List.of());

        assertThatThrownBy(() -> guard.check("nowhere.test"))
                .isInstanceOf(FetchException.class)
                .isNotInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("cannot resolve host nowhere.test");
    }

    @Test
    void shouldRejectRangesThatAreNotAddresses() {
        assertThatThrownBy(() -> CidrRange.parse("intranet.local/8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CidrRange.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }
}
