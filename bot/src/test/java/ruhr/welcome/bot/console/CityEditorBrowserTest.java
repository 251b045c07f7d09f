package ruhr.welcome.bot.console;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ruhr.welcome.admin.faq.FaqEditing;
import ruhr.welcome.admin.faq.FaqEntryState;
import ruhr.welcome.admin.security.Role;
import ruhr.welcome.admin.security.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor limited to Essen may change Essen's entries, and not Bochum's: not in the page, not by a forged form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CityEditorBrowserTest {

    private static final String BOCHUM = "bochum-immigration-office";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    FaqEditing editing;

    private ConsoleBrowser browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anEssenEditorCannotChangeABochumEntryInTheConsole() throws Exception {
        FaqEntryState before = editing.find(BOCHUM).orElseThrow();
        String editor = StaffForTests.create(accounts, "redaktion.essen", Role.EDITOR, "essen");
        browser = ConsoleBrowser.start(port, "en");
        browser.signIn(editor, StaffForTests.PASSWORD);

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
        browser.script("""
                document.querySelectorAll('form.entry fieldset').forEach(f => f.disabled = false);
                document.querySelector("textarea[name='answer.de']").value = 'Geändert von Essen aus.';
                const save = document.createElement('button');
                save.name = 'action'; save.value = 'save'; save.id = 'forged-save'; save.textContent = 'save';
                document.querySelector('form.entry').append(save);""");
        browser.clickAndLoad(browser.find("#forged-save"));
        assertRefused();
        browser.screenshot("city-02-forged-save-refused");

        // nor can a hand-made workflow form take the entry offline
        browser.open("/admin/faq/entry/" + BOCHUM);
        browser.script("""
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
                document.body.append(form);""", BOCHUM, String.valueOf(before.version()));
        browser.clickAndLoad(browser.find("#forged-status"));
        assertRefused();

        FaqEntryState after = editing.find(BOCHUM).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.entry()).isEqualTo(before.entry());
    }

    private void assertRefused() {
        assertThat(browser.find("main h1").getText()).isEqualTo("Not allowed");
        assertThat(browser.find("main p[role=alert]").getText())
                .startsWith("You may not make this change. Editors limited to a city change the entries of their city");
    }
}
