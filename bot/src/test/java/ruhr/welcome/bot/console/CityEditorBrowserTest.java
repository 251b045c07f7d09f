package ruhr.welcome.bot.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import ruhr.welcome.admin.api.ApiTokens;
import ruhr.welcome.admin.api.TokenRole;
import ruhr.welcome.admin.faq.FaqEditing;
import ruhr.welcome.admin.faq.FaqEntryState;
import ruhr.welcome.admin.security.Role;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor limited to Essen may change Essen's entries, and not Bochum's: not in the page, not by a
 * forged form, and not through the REST API with a token limited to Essen.
 */
class CityEditorBrowserTest extends BrowserTestSupport {

    private static final String BOCHUM = "bochum-immigration-office";

    @Autowired
    FaqEditing editing;
    @Autowired
    ApiTokens tokens;

    @Test
    void anEssenEditorCannotChangeABochumEntryInTheConsole() throws Exception {
        FaqEntryState before = editing.find(BOCHUM).orElseThrow();
        signedIn("redaktion.essen", Role.EDITOR, "essen", "en");

        // their own city's entry: an ordinary editor page
        browser.open("/admin/faq/entry/essen-immigration-office");
        assertThat(browser.findAll("button[name=action][value=save]")).hasSize(1);
        assertThat(browser.find("textarea[name='answer.de']").isEnabled()).isTrue();

        browser.open("/admin/faq/entry/" + BOCHUM);
        assertThat(browser.find(".statusbar").getText()).contains("You may not change this entry.");
        assertThat(browser.findAll("button[name=action][value=save]")).as("no save button").isEmpty();
        assertThat(browser.findAll("button[name=action][value=propose]")).as("no proposal for another city").isEmpty();
        assertThat(browser.findAll("form input[name=target]")).as("no workflow buttons").isEmpty();
        assertThat(browser.findAll("section.danger")).as("no delete").isEmpty();
        WebElement answer = browser.find("textarea[name='answer.de']");
        assertThat(answer.isEnabled()).as("the texts are read-only").isFalse();
        assertThat(answer.getDomProperty("value")).contains("Ausländerbüro");
        browser.screenshot("city-01-other-city-read-only");

        // someone who re-enables the form with the browser's tools and adds a save button gets a refusal page
        browser.submitByScript("""
                document.querySelectorAll('form.entry fieldset').forEach(f => f.disabled = false);
                document.querySelector("textarea[name='answer.de']").value = 'Geändert von Essen aus.';
                const save = document.createElement('button');
                save.name = 'action'; save.value = 'save'; save.id = 'forged-save'; save.textContent = 'save';
                document.querySelector('form.entry').append(save);
                save.click();""");
        assertRefused();
        browser.screenshot("city-02-forged-save-refused");

        // nor can a hand-made workflow form take the entry offline
        browser.open("/admin/faq/entry/" + BOCHUM);
        browser.submitByScript("""
                const form = document.createElement('form');
                form.method = 'post'; form.action = '/admin/faq/entry/' + arguments[0] + '/status';
                for (const [name, value] of [['target', 'draft'], ['version', arguments[1]],
                        ['_csrf', document.querySelector('input[name=_csrf]').value]]) {
                    const input = document.createElement('input');
                    input.type = 'hidden'; input.name = name; input.value = value;
                    form.append(input);
                }
                const go = document.createElement('button');
                go.id = 'forged-status'; go.textContent = 'draft';
                form.append(go);
                document.body.append(form);
                go.click();""", BOCHUM, String.valueOf(before.version()));
        assertRefused();

        FaqEntryState after = editing.find(BOCHUM).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.entry()).isEqualTo(before.entry());
    }

    @Test
    void theApiRefusesAnEssenTokenTheBochumEntry() throws Exception {
        FaqEntryState before = editing.find(BOCHUM).orElseThrow();
        String admin = StaffForTests.create(accounts, "leitung.api", Role.ADMIN, null);
        long unique = System.nanoTime();
        String secret = tokens.create("Essen CMS " + unique, TokenRole.EDITOR, "essen", null, admin).secret();
        var api = new Api(port, secret);

        // the token works, for Essen
        var created = api.send("POST", "/entries", """
                {"key": "essen-library-card-%d", "topics": ["everyday-life"], "audiences": [], "city": "essen",
                 "lastReviewed": "2026-11-22", "texts": {"de": {"question": "Wo bekomme ich in Essen einen Bibliotheksausweis?",
                 "alternates": [], "answer": "In jeder Stadtbibliothek, mit Ausweis und Meldebescheinigung.", "links": []}}}"""
                .formatted(unique));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        // Bochum's entry it may read, and not change: content, status or existence
        var read = api.send("GET", "/entries/" + BOCHUM, null);
        assertThat(read.statusCode()).isEqualTo(200);
        ObjectNode entry = (ObjectNode) Api.JSON.readTree(read.body());
        int version = entry.get("version").asInt();
        for (String outputOnly : new String[] {"status", "createdAt", "updatedAt"}) {
            entry.remove(outputOnly);
        }
        ((ObjectNode) entry.get("texts").get("de")).put("answer", "Geändert von Essen aus.");
        api.refused(api.send("PUT", "/entries/" + BOCHUM, Api.JSON.writeValueAsString(entry)));
        api.refused(api.send("POST", "/entries/" + BOCHUM + "/status", "{\"status\": \"draft\", \"version\": " + version + "}"));
        api.refused(api.send("DELETE", "/entries/" + BOCHUM + "?version=" + version, null));

        FaqEntryState after = editing.find(BOCHUM).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.entry()).isEqualTo(before.entry());
    }

    /** The REST API as an automation calls it: bearer token, JSON, problem details back. */
    private record Api(HttpClient http, String base, String secret) {

        static final JsonMapper JSON = JsonMapper.builder().build();

        Api(int port, String secret) {
            this(HttpClient.newHttpClient(), "http://localhost:" + port + "/api/v1", secret);
        }

        HttpResponse<String> send(String method, String path, String json) throws Exception {
            var request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + secret).header("Accept", "application/json, application/problem+json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        void refused(HttpResponse<String> response) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(403);
            assertThat(problem.get("type").asString()).endsWith(":city-scope");
            assertThat(problem.get("detail").asString()).contains("bochum");
        }
    }

    private void assertRefused() {
        assertThat(browser.find("main h1").getText()).isEqualTo("Not allowed");
        assertThat(browser.find("main p[role=alert]").getText())
                .startsWith("You may not make this change. Editors limited to a city change the entries of their city");
    }
}
