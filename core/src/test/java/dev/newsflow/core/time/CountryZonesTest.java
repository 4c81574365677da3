package dev.newsflow.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CountryZonesTest {

    @Test
    void shouldTakeTheRegionOfTheLocaleFirst() {
        assertThat(CountryZones.of("de_AT", "de-DE", "news.example.ch")).isEqualTo(ZoneId.of("Europe/Vienna"));
        assertThat(CountryZones.of(null, "pt-BR", "noticias.example.com")).isEqualTo(ZoneId.of("America/Sao_Paulo"));
        assertThat(CountryZones.of(null, "zh-Hans-CN", null)).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void shouldFallBackToTheCountryCodeDomain() {
        assertThat(CountryZones.of(null, "de", "www.zeitung.example.de")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(CountryZones.of(null, "en", "www.paper.example.co.uk")).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(CountryZones.of("en_US", "en-US", "www.nikkei.example.jp")).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void shouldNameNoZoneWithoutACountry() {
        assertThat(CountryZones.of("en_US", "en-US", "www.example.com")).isNull();
        assertThat(CountryZones.of(null, "en", "video.example.tv")).isNull();
        assertThat(CountryZones.of(null, null, null)).isNull();
    }
}
