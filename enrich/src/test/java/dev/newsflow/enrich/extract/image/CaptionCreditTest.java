package dev.newsflow.enrich.extract.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CaptionCreditTest {

    @Test
    void shouldSplitALabelledCreditFromTheEndOfTheCaption() {
        assertThat(CaptionCredit.split(element("<figcaption>Crowds at the opening. Photo: Jane Roe/Example Wire</figcaption>")))
                .isEqualTo(new Caption("Crowds at the opening.", "Jane Roe/Example Wire"));
        assertThat(CaptionCredit.split(element("<small>Der neue Lesesaal (Foto: M. Beispiel)</small>")))
                .isEqualTo(new Caption("Der neue Lesesaal", "M. Beispiel"));
        assertThat(CaptionCredit.split(element("<small>新馆开放首日。图：示例通讯社</small>")))
                .isEqualTo(new Caption("新馆开放首日。", "示例通讯社"));
    }

    @Test
    void shouldTakeAMarkedUpCredit() {
        assertThat(CaptionCredit.split(element("<figcaption>The harbour. <cite>Lee Shore</cite></figcaption>")))
                .isEqualTo(new Caption("The harbour.", "Lee Shore"));
    }

    @Test
    void shouldLeaveACaptionWithoutCreditWhole() {
        assertThat(CaptionCredit.split(element("<small>地图：新线路经过的车站</small>")))
                .isEqualTo(new Caption("地图：新线路经过的车站", null));
    }

    private static Element element(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }
}
