package ruhr.welcome.knowledge.faq.exchange;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FaqFileReaderTest {

    private final FaqFileReader reader = new FaqFileReader();

    @Test
    void readsAValidFile() {
        var file = reader.read("""
                {"format": "welcome-faq/1", "entries": [{
                  "key": "money-tax-id", "topics": ["money-tax"], "audiences": [], "city": null, "variantOf": null,
                  "status": "published", "lastReviewed": "2026-11-21",
                  "texts": {"de": {"question": "Wo bekomme ich meine Steuer-ID?", "alternates": ["steuer id wo"],
                                   "answer": "Sie kommt **per Post**.", "links": [{"title": "BZSt", "url": "https://www.bzst.de/"}]}}
                }]}
                """);

        var entry = file.entries().getFirst();
        assertThat(entry.key()).isEqualTo("money-tax-id");
        assertThat(entry.lastReviewed()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(entry.texts().get("de").alternates()).containsExactly("steuer id wo");
        assertThat(entry.texts().get("de").links().getFirst().url()).isEqualTo("https://www.bzst.de/");
    }

    @Test
    void listsEveryProblemOfABrokenFileWithKeyLanguageAndField() {
        var rejected = catchThrowableOfType(FaqImportRejected.class, () -> reader.read("""
                {"format": "welcome-faq/1", "entries": [
                  {"key": "Bad Key!", "topics": ["weather"], "status": "live", "lastReviewed": "21.11.2026",
                   "texts": {"xx": {"question": "?", "answer": "!"}}},
                  {"key": "housing-deposit", "topics": ["housing"], "status": "published", "lastReviewed": "2026-11-21",
                   "colour": "red",
                   "texts": {"en": {"question": "", "answer": "See [here](javascript:alert(1))",
                                    "links": [{"title": "Insecure", "url": "http://example.org"}]}}},
                  {"key": "housing-deposit", "topics": ["housing"], "status": "published", "lastReviewed": "2026-11-21",
                   "city": "atlantis", "texts": {"de": {"question": "Kaution?", "answer": "%s"}}}
                ]}
                """.formatted("x".repeat(3001))));

        assertThat(rejected.problems()).extracting(ImportProblem::toString).contains(
                "entry #1 key: use 3-80 lower-case letters, digits and '-'",
                "entry #1 topics: unknown value 'weather' (allowed: residence work recognition study research business"
                        + " family childcare-school health housing money-tax language-courses everyday-life advice)",
                "entry #1 status: must be \"draft\", \"review\" or \"published\"",
                "entry #1 lastReviewed: must be a date like 2026-11-21",
                "entry #1 [xx] texts: 'xx' is not a supported language",
                "entry housing-deposit colour: unknown field",
                "entry housing-deposit [en] question: must be non-empty text",
                "entry housing-deposit [en] answer: links must be absolute https:// URLs: javascript:alert(1",
                "entry housing-deposit [en] links[0].url: must be an absolute https:// URL",
                "entry housing-deposit city: unknown city 'atlantis'",
                "entry housing-deposit [de] answer: longer than 3000 characters (3001)");
    }

    @Test
    void reportsDuplicateKeys() {
        String entry = """
                {"key": "housing-deposit", "topics": ["housing"], "status": "draft", "lastReviewed": "2026-11-21",
                 "texts": {"de": {"question": "Kaution?", "answer": "Höchstens drei Kaltmieten."}}}""";

        assertThatThrownBy(() -> reader.read("{\"format\": \"welcome-faq/1\", \"entries\": [" + entry + "," + entry + "]}"))
                .isInstanceOfSatisfying(FaqImportRejected.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::toString)
                        .containsExactly("entry housing-deposit key: appears more than once in the file"));
    }

    @Test
    void malformedJsonIsOneProblemWithItsPosition() {
        var rejected = catchThrowableOfType(FaqImportRejected.class,
                () -> reader.read("{\"format\": \"welcome-faq/1\",\n \"entries\": [ {\"key\": }"));

        assertThat(rejected.problems()).singleElement().asString()
                .startsWith("file: not valid JSON").contains("line 2");
    }

    @Test
    void wrongFormatAndMissingEntriesAreNamed() {
        var rejected = catchThrowableOfType(FaqImportRejected.class, () -> reader.read("{\"format\": \"csv\"}"));

        assertThat(rejected.problems()).extracting(ImportProblem::toString).containsExactly(
                "file format: must be \"welcome-faq/1\"", "file entries: must be a list of entries");
    }
}
