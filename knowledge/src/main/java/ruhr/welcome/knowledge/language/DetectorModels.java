package ruhr.welcome.knowledge.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * All models of all languages, loaded once per JVM (~100 MB) and shared by every detector, whatever subset of
 * languages it is restricted to: restricting is a filter at detection time, not a second copy of the models.
 */
final class DetectorModels {

    final Alphabet alphabet;
    final NgramTable table;

    private DetectorModels(Alphabet alphabet, NgramTable table) {
        this.alphabet = alphabet;
        this.table = table;
    }

    private static final class Holder {
        static final DetectorModels SHARED = load();
    }

    static DetectorModels shared() {
        return Holder.SHARED;
    }

    static DetectorModels load() {
        Alphabet alphabet = new Alphabet();
        List<ModelLanguage> lingua = ModelLanguage.ALL.stream().filter(ModelLanguage::fromLingua).toList();
        for (ModelLanguage language : lingua) {
            LinguaModelReader.read(language.iso, 1, (ngram, p) -> alphabet.addAll(ngram));
        }
        String kurmanji = KurdishCorpus.kurmanji();
        String sorani = KurdishCorpus.sorani();
        for (String word : Words.of(kurmanji + " " + sorani + " čćđšž", Integer.MAX_VALUE)) {
            alphabet.addAll(word);
        }

        ConcurrentLinkedQueue<LanguageNgrams> models = new ConcurrentLinkedQueue<>();
        lingua.parallelStream().forEach(language -> {
            LanguageNgrams model = new LanguageNgrams(language);
            Map<String, Double> latin = language == ModelLanguage.SR ? new HashMap<>() : null;
            int[] codes = new int[NgramTable.MAX_ORDER];
            for (int order = 1; order <= NgramTable.MAX_ORDER; order++) {
                LinguaModelReader.read(language.iso, order, (ngram, p) -> {
                    if (alphabet.encode(ngram, codes)) {
                        model.add(NgramTable.key(codes, 0, ngram.length()), p);
                    }
                    if (latin != null) {
                        String transliterated = SerbianLatin.transliterate(ngram);
                        if (transliterated != null && transliterated.length() <= NgramTable.MAX_ORDER) {
                            latin.merge(transliterated, p, Math::max);
                        }
                    }
                });
            }
            models.add(model);
            if (latin != null) {
                LanguageNgrams latinModel = new LanguageNgrams(ModelLanguage.SR_LATN);
                latin.forEach((ngram, p) -> {
                    if (alphabet.encode(ngram, codes)) {
                        latinModel.add(NgramTable.key(codes, 0, ngram.length()), p);
                    }
                });
                models.add(latinModel);
            }
        });
        models.add(TextModelTrainer.train(ModelLanguage.KU, kurmanji, alphabet));
        models.add(TextModelTrainer.train(ModelLanguage.CKB, sorani, alphabet));
        return new DetectorModels(alphabet, NgramTableBuilder.build(new ArrayList<>(models)));
    }
}
