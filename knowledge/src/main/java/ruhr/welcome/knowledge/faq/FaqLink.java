package ruhr.welcome.knowledge.faq;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A link to an official service, shown under an answer. */
@Embeddable
public class FaqLink {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String url;

    protected FaqLink() {
    }

    public FaqLink(String title, String url) {
        this.title = title;
        this.url = url;
    }

    public String getTitle() { return title; }
    public String getUrl() { return url; }

    @Override
    public boolean equals(Object o) {
        return o instanceof FaqLink other && title.equals(other.title) && url.equals(other.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, url);
    }
}
