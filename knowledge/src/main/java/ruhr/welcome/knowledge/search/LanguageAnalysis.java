package ruhr.welcome.knowledge.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianStemFilter;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sr.SerbianNormalizationFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.ArabicStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SerbianStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * The analysis chains per language. Every chain is: ICU segmentation (word breaks for all scripts,
 * dictionary segmentation for Chinese), language lower-casing, optional synonyms (query side only, so
 * editors' synonyms apply without re-indexing), stop words, language normalisation and (light)
 * stemming, and ICU folding last so accents, case and width never decide a match.
 */
final class LanguageAnalysis {

    /** Domain word parts German compounds are split into (the n-gram field catches the rest). */
    private static final CharArraySet GERMAN_PARTS = germanNormalised(loadWords("/search/de-compound-parts.txt"));
    private static final CharArraySet FRENCH_ELISIONS = new CharArraySet(
            List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);
    private static final CharArraySet ITALIAN_ELISIONS = new CharArraySet(
            List.of("c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl",
                    "negl", "sugl", "un", "m", "t", "s", "v", "d"), true);

    private static final Pattern AMERICAN_IZE =
            Pattern.compile("^(\\p{L}{3,})iz(e|es|ed|ing|ation|ations|er|ers)$");

    private LanguageAnalysis() {
    }

    /** Analyzer for the text fields of one language; synonyms may be null. */
    static Analyzer text(String lang, SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new ICUTokenizer();
                TokenStream ts = lowerCase(lang, source);
                if (synonyms != null && synonyms.fst != null) {
                    ts = new SynonymGraphFilter(ts, synonyms, true);
                }
                return new TokenStreamComponents(source, normaliseAndStem(lang, ts));
            }
        };
    }

    /** Segmentation and lower-casing only: what synonym rules are parsed with. */
    static Analyzer synonymRules(String lang) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new ICUTokenizer();
                return new TokenStreamComponents(source, lowerCase(lang, source));
            }
        };
    }

    /** Character 3- to 5-grams of folded words: typos and compound parts still share most grams. */
    static Analyzer charGrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new ICUTokenizer();
                TokenStream ts = new ICUFoldingFilter(source);
                return new TokenStreamComponents(source, new NGramTokenFilter(ts, 3, 5, true));
            }
        };
    }

    /** Segmentation and folding only, no stemming: shared words across languages (names, numbers, loans). */
    static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new ICUTokenizer();
                return new TokenStreamComponents(source, new ICUFoldingFilter(source));
            }
        };
    }

    private static TokenStream lowerCase(String lang, TokenStream ts) {
        return switch (lang) {
            case "tr" -> new TurkishLowerCaseFilter(new ApostropheFilter(ts));
            case "el" -> new GreekLowerCaseFilter(ts);
            case "fr" -> new ElisionFilter(new LowerCaseFilter(ts), FRENCH_ELISIONS);
            case "it" -> new ElisionFilter(new LowerCaseFilter(ts), ITALIAN_ELISIONS);
            default -> new LowerCaseFilter(ts);
        };
    }

    private static TokenStream normaliseAndStem(String lang, TokenStream in) {
        TokenStream ts = in;
        CharArraySet stop = stopWords(lang);
        if (!stop.isEmpty()) {
            ts = new StopFilter(ts, stop);
        }
        ts = switch (lang) {
            // normalise first (ä/ae -> a ...) so compounds split the same with or without umlauts
            case "de" -> new GermanLightStemFilter(new DictionaryCompoundWordTokenFilter(
                    new GermanNormalizationFilter(ts), GERMAN_PARTS, 4, 3, 15, false));
            // "recognized" and "recognised" must meet: American -iz- spellings become British before stemming
            case "en" -> new PorterStemFilter(new PatternReplaceFilter(new EnglishPossessiveFilter(ts), AMERICAN_IZE, "$1is$2", false));
            case "tr" -> new SnowballFilter(ts, new TurkishStemmer());
            // Lucene's light stemmer strips the prefixes ("و", "ال", "وال" ...) Snowball leaves on; Snowball
            // then handles the inflection, which measured better than the light stemmer alone
            case "ar" -> new SnowballFilter(new ArabicStemFilter(new ArabicNormalizationFilter(ts)), new ArabicStemmer());
            case "fa" -> new PersianStemFilter(new PersianNormalizationFilter(new ArabicNormalizationFilter(ts)));
            case "ru" -> new SnowballFilter(ts, new RussianStemmer());
            case "uk", "pl" -> new LightSuffixStemFilter(ts, lang);
            case "ro" -> new SnowballFilter(ts, new RomanianStemmer());
            case "bg" -> new BulgarianStemFilter(ts);
            case "el" -> new GreekStemFilter(ts);
            case "it" -> new ItalianLightStemFilter(ts);
            case "es" -> new SpanishLightStemFilter(ts);
            case "fr" -> new FrenchLightStemFilter(ts);
            case "pt" -> new PortugueseLightStemFilter(ts);
            case "nl" -> new SnowballFilter(ts, new DutchStemmer());
            case "hi" -> new HindiStemFilter(new HindiNormalizationFilter(new IndicNormalizationFilter(ts)));
            // Serbian is written in Cyrillic and Latin; Croatian and Bosnian share most words: stem, then
            // map both scripts to diacritic-free Latin so all three and both scripts meet.
            case "sr", "hr", "bs" -> new SerbianNormalizationFilter(new SnowballFilter(ts, new SerbianStemmer()));
            default -> ts; // zh vi sq ku: segmentation and folding only
        };
        return new ICUFoldingFilter(ts);
    }

    static CharArraySet stopWords(String lang) {
        return switch (lang) {
            case "de" -> GERMAN_STOP;
            case "en" -> ENGLISH_STOP;
            case "tr" -> TURKISH_STOP;
            case "ar" -> ARABIC_STOP;
            case "fa" -> PersianAnalyzer.getDefaultStopSet();
            case "ru" -> RUSSIAN_STOP;
            case "ro" -> RomanianAnalyzer.getDefaultStopSet();
            case "bg" -> BulgarianAnalyzer.getDefaultStopSet();
            case "el" -> GreekAnalyzer.getDefaultStopSet();
            case "it" -> ItalianAnalyzer.getDefaultStopSet();
            case "es" -> SpanishAnalyzer.getDefaultStopSet();
            case "fr" -> FRENCH_STOP;
            case "pt" -> PortugueseAnalyzer.getDefaultStopSet();
            case "nl" -> DutchAnalyzer.getDefaultStopSet();
            case "hi" -> HindiAnalyzer.getDefaultStopSet();
            case "uk" -> UKRAINIAN_STOP;
            default -> CharArraySet.EMPTY_SET;
        };
    }

    // Lucene's default English set is tiny; questions are full of "what", "can", "do", "my", which
    // the Snowball list (shipped with Lucene) removes.
    private static final CharArraySet ENGLISH_STOP = snowball("english_stop.txt", "can");

    // Question words the shipped lists lack: every question has them, no answer is found by them.
    private static final CharArraySet GERMAN_STOP = with(GermanAnalyzer.getDefaultStopSet(),
            "wann", "warum", "wer", "wen", "wem", "wieso", "weshalb", "wofür", "wozu", "woher", "wohin", "gibt");
    private static final CharArraySet FRENCH_STOP = with(FrenchAnalyzer.getDefaultStopSet(),
            "comment", "où", "quand", "pourquoi", "quoi", "est", "sont", "peut", "peuvent", "dois", "doit", "faut");
    // Arabic: also the question words and fillers of everyday (Levantine/Egyptian) chat: "who", "what",
    // "where", "I want", "must", "possible", "here", "with me".
    private static final CharArraySet ARABIC_STOP = with(ArabicAnalyzer.getDefaultStopSet(),
            "ماذا", "كيف", "أين", "متى", "لماذا", "هل", "يمكن", "يمكنني", "يجب", "يمكنه", "يمكنها", "يمكنك",
            "يمكننا", "يتم", "كم", "هناك", "أي", "ماهي", "مين", "شو", "وين", "ليش", "إيش", "بدي", "بدك", "لازم",
            "ممكن", "هون", "هنا", "هيك", "اللي", "يلي", "لي", "معي", "أنا", "عن", "على");
    // Russian: Lucene's list lacks the inflected question words ("каких", "которая") and "need", "can", "here".
    private static final CharArraySet RUSSIAN_STOP = with(RussianAnalyzer.getDefaultStopSet(),
            "какой", "какая", "какое", "какие", "каких", "каким", "какую", "который", "которая", "которое",
            "которые", "сколько", "нужно", "надо", "можно", "могу", "где", "куда", "откуда", "почему", "зачем",
            "есть", "тут", "здесь", "мне", "меня", "мой", "моя", "мои", "это", "ли");
    // Turkish: question particles and "where", "which", "for", "can I" forms the default list lacks.
    private static final CharArraySet TURKISH_STOP = with(TurkishAnalyzer.getDefaultStopSet(),
            "mı", "mi", "mu", "mü", "miyim", "mıyım", "muyum", "müyüm", "nerede", "nereye", "nerden", "nereden",
            "hangi", "için", "bir", "ben", "benim", "var", "yok", "nasıl", "ne", "kadar");

    private static CharArraySet with(CharArraySet base, String... extra) {
        CharArraySet set = new CharArraySet(base, false);
        set.addAll(List.of(extra));
        return CharArraySet.unmodifiableSet(set);
    }

    private static CharArraySet snowball(String file, String... extra) {
        try (var reader = IOUtils.getDecodingReader(
                Objects.requireNonNull(SnowballFilter.class.getResourceAsStream(file), file), StandardCharsets.UTF_8)) {
            CharArraySet set = new CharArraySet(WordlistLoader.getSnowballWordSet(reader), false);
            set.addAll(List.of(extra));
            return CharArraySet.unmodifiableSet(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Lucene has no Ukrainian stop list outside morfologik: the commonest function words.
    private static final CharArraySet UKRAINIAN_STOP = new CharArraySet(List.of("і", "й", "та", "в", "у", "на",
            "з", "із", "до", "для", "що", "як", "це", "чи", "не", "по", "за", "від", "про", "або", "а", "але",
            "я", "ти", "ви", "ми", "мені", "мій", "моя", "є", "які", "який", "яка", "яке", "якій", "яких", "де",
            "коли", "хто", "чому", "скільки", "можна", "може", "можуть", "ли", "ж", "же", "так", "ще", "вже", "також",
            "при", "під", "над", "через", "між", "без", "свій", "своє", "свої", "його", "її", "їх", "вони", "він",
            "вона", "воно", "цей", "ця", "ці", "того", "тому", "цього", "бути", "був", "була", "було", "були",
            // question templates and fillers: "can I", "what is", "if", "which", "whom", "where to", "here", "now"
            "можу", "можемо", "можете", "таке", "якщо", "яку", "яким", "якими", "кого", "кому", "куди", "звідки",
            "навіщо", "щоб", "тут", "сюди", "тепер", "зараз"), false);

    private static CharArraySet germanNormalised(CharArraySet words) {
        Analyzer normaliser = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new GermanNormalizationFilter(source));
            }
        };
        List<String> out = new java.util.ArrayList<>();
        for (Object w : words) {
            Analyzers.terms(normaliser, new String((char[]) w)).forEach(t -> out.add(t.text()));
        }
        return CharArraySet.unmodifiableSet(new CharArraySet(out, false));
    }

    private static CharArraySet loadWords(String resource) {
        try (var in = Objects.requireNonNull(LanguageAnalysis.class.getResourceAsStream(resource), resource);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> words = reader.lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            return CharArraySet.unmodifiableSet(new CharArraySet(words, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
