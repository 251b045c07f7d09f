package ruhr.welcome.knowledge.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ruhr.welcome.knowledge.faq.FaqDocument;

/** A small multilingual FAQ written for the tests (no benchmark text). */
public final class FaqFixtures {

    private FaqFixtures() {
    }

    public static FaqDocument.Text text(String question, String answer, String... alternates) {
        return new FaqDocument.Text(question, List.of(alternates), answer);
    }

    public static FaqDocument entry(String key, String city, String variantOf, Map<String, FaqDocument.Text> texts) {
        return new FaqDocument(key, city, variantOf, Set.of("residence"), Set.of(), texts);
    }

    public static List<FaqDocument> starter() {
        Map<String, FaqDocument.Text> blueCard = new LinkedHashMap<>();
        blueCard.put("de", text("Was ist die Blaue Karte EU und wer bekommt sie?",
                "Die Blaue Karte EU ist ein Aufenthaltstitel für Fachkräfte mit Hochschulabschluss und einem "
                        + "Arbeitsvertrag mit Mindestgehalt. Die Ausländerbehörde entscheidet meist in wenigen Wochen.",
                "Blaue Karte Voraussetzungen"));
        blueCard.put("en", text("What is the EU Blue Card and who gets it?",
                "The EU Blue Card is a residence title for skilled workers with a university degree and a "
                        + "job contract with a minimum salary. The immigration office usually decides within weeks."));
        blueCard.put("tr", text("AB Mavi Kartı nedir ve kimler alabilir?",
                "AB Mavi Kartı, üniversite diploması ve asgari maaşlı bir iş sözleşmesi olan nitelikli "
                        + "çalışanlar için bir oturma iznidir. Yabancılar dairesi genellikle birkaç hafta içinde karar verir."));
        Map<String, FaqDocument.Text> taxId = new LinkedHashMap<>();
        taxId.put("de", text("Wie bekomme ich meine Steueridentifikationsnummer?",
                "Die Steuer-ID schickt das Bundeszentralamt für Steuern nach der Anmeldung per Post. "
                        + "Ihr Arbeitgeber braucht sie für die Lohnabrechnung."));
        taxId.put("en", text("How do I get my tax ID?",
                "The Federal Central Tax Office sends your tax ID by post after you register your address. "
                        + "Your employer needs it for payroll."));
        taxId.put("ru", text("Как получить налоговый идентификационный номер?",
                "Налоговый номер присылает Федеральное центральное налоговое ведомство по почте после "
                        + "регистрации по месту жительства. Он нужен работодателю для расчёта зарплаты."));
        taxId.put("uk", text("Як отримати податковий номер?",
                "Податковий ідентифікаційний номер надсилає Федеральне центральне податкове відомство поштою "
                        + "після реєстрації місця проживання. Він потрібен роботодавцю для нарахування зарплати."));
        taxId.put("ar", text("كيف أحصل على الرقم الضريبي؟",
                "يرسل المكتب الاتحادي المركزي للضرائب الرقم الضريبي بالبريد بعد تسجيل عنوان السكن. "
                        + "يحتاجه صاحب العمل لحساب الرواتب."));
        Map<String, FaqDocument.Text> registration = Map.of(
                "de", text("Wie melde ich meine Wohnung an?",
                        "Innerhalb von zwei Wochen nach dem Einzug melden Sie Ihre Wohnung beim Bürgeramt an. "
                                + "Bringen Sie Pass und Wohnungsgeberbestätigung mit."),
                "en", text("How do I register my flat?",
                        "Within two weeks of moving in, register your flat at the citizens' office. "
                                + "Bring your passport and the landlord's confirmation."));
        Map<String, FaqDocument.Text> registrationEssen = Map.of(
                "de", text("Wie melde ich meine Wohnung in Essen an?",
                        "In Essen melden Sie Ihre Wohnung online mit Termin in einem der Bürgerämter an."));
        Map<String, FaqDocument.Text> advisorDortmund = Map.of(
                "de", text("Wo gibt es Migrationsberatung in Dortmund?",
                        "Die Migrationsberatung in Dortmund berät kostenlos zu Aufenthalt, Arbeit und Familie."));
        Map<String, FaqDocument.Text> kita = Map.of(
                "de", text("Wie finde ich einen Kita-Platz?",
                        "Einen Kita-Platz beantragen Sie über das Kita-Portal der Stadt. Das Jugendamt hilft bei der Suche."));
        Map<String, FaqDocument.Text> recognition = Map.of(
                "hr", text("Kako se priznaje strana diploma?",
                        "Priznavanje strane diplome: zahtjev se podnosi nadležnom tijelu, a savjetovanje je besplatno."));
        Map<String, FaqDocument.Text> housingPermit = Map.of(
                "de", text("Was ist ein Wohnberechtigungsschein?",
                        "Mit dem Wohnberechtigungsschein mieten Menschen mit kleinem Einkommen eine geförderte Sozialwohnung."));
        return List.of(
                entry("residence-blue-card", null, null, blueCard),
                entry("money-tax-id", null, null, taxId),
                entry("housing-registration", null, null, registration),
                entry("housing-registration-essen", "essen", "housing-registration", registrationEssen),
                entry("advice-dortmund", "dortmund", null, advisorDortmund),
                entry("childcare-kita", null, null, kita),
                entry("recognition-diploma", null, null, recognition),
                entry("housing-permit", null, null, housingPermit));
    }

    public static FaqIndex index() {
        FaqIndex index = new FaqIndex();
        index.rebuild(starter());
        return index;
    }
}
