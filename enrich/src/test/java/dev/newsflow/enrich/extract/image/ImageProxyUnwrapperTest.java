package dev.newsflow.enrich.extract.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageProxyUnwrapperTest {

    private final ImageProxyUnwrapper unwrapper = new ImageProxyUnwrapper();

    @Test
    void shouldUnwrapImageProxyUrlsAndServeSchemelessTargetsOverHttps() {
        assertThat(unwrapper.unwrap("https://images.weserv.nl/?url=media.example.org/a/1.jpg"))
                .isEqualTo("https://media.example.org/a/1.jpg");
    }

    @Test
    void shouldKeepTheTargetsOwnSchemeAndDecodeIt() {
        assertThat(unwrapper.unwrap("https://wsrv.nl/?w=300&url=http%3A%2F%2Fmedia.example.org%2Fa.png%3Fv%3D2"))
                .isEqualTo("http://media.example.org/a.png?v=2");
    }

    @Test
    void shouldReadWeservsSslPrefixAsHttps() {
        assertThat(unwrapper.unwrap("https://images.weserv.nl/?url=ssl:media.example.org/b.jpg"))
                .isEqualTo("https://media.example.org/b.jpg");
    }

    @Test
    void shouldUnwrapPhotonPathsAndNextJsImages() {
        assertThat(unwrapper.unwrap("https://i2.wp.com/blog.example.org/uploads/c.jpg?resize=800%2C600"))
                .isEqualTo("https://blog.example.org/uploads/c.jpg");
        assertThat(unwrapper.unwrap("https://news.example.org/_next/image?url=%2Fmedia%2Fd.jpg&w=1080&q=75"))
                .isEqualTo("https://news.example.org/media/d.jpg");
    }

    @Test
    void shouldLeaveOtherUrlsAlone() {
        assertThat(unwrapper.unwrap("https://media.example.org/e.jpg?url=x")).isEqualTo("https://media.example.org/e.jpg?url=x");
        assertThat(unwrapper.unwrap("https://images.weserv.nl/?w=10")).isEqualTo("https://images.weserv.nl/?w=10");
        assertThat(unwrapper.unwrap("not a url")).isEqualTo("not a url");
    }
}
