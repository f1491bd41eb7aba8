package org.lihaaz.context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English models, read from the class path the first time a rule needs them and never
 * before: a file without a candidate that asks for sentences or tags loads nothing. The models are
 * shared; the taggers that use them are not thread-safe, so each thread gets its own.
 */
public final class NlpModels {
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private volatile SentenceModel sentenceModel;
    private volatile TokenizerModel tokenizerModel;
    private volatile POSModel posModel;

    private final ThreadLocal<SentenceDetectorME> sentenceDetector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel()));
    private final ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel()));
    private final ThreadLocal<POSTaggerME> tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel()));

    public SentenceDetectorME sentenceDetector() {
        return sentenceDetector.get();
    }

    public TokenizerME tokenizer() {
        return tokenizer.get();
    }

    public POSTaggerME tagger() {
        return tagger.get();
    }

    /** True once any model has been read; lets tests and benchmarks prove laziness. */
    public boolean anyLoaded() {
        return sentenceModel != null || tokenizerModel != null || posModel != null;
    }

    private SentenceModel sentenceModel() {
        SentenceModel m = sentenceModel;
        if (m == null) {
            synchronized (this) {
                if (sentenceModel == null) {
                    sentenceModel = load(SENTENCE_MODEL, SentenceModel::new);
                }
                m = sentenceModel;
            }
        }
        return m;
    }

    private TokenizerModel tokenizerModel() {
        TokenizerModel m = tokenizerModel;
        if (m == null) {
            synchronized (this) {
                if (tokenizerModel == null) {
                    tokenizerModel = load(TOKEN_MODEL, TokenizerModel::new);
                }
                m = tokenizerModel;
            }
        }
        return m;
    }

    private POSModel posModel() {
        POSModel m = posModel;
        if (m == null) {
            synchronized (this) {
                if (posModel == null) {
                    posModel = load(POS_MODEL, POSModel::new);
                }
                m = posModel;
            }
        }
        return m;
    }

    private interface ModelFactory<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelFactory<T> factory) {
        try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return factory.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
