package org.lihaaz.internal.context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
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
    private final Lazy<SentenceModel> sentenceModel =
            new Lazy<>(() -> load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new));
    private final Lazy<TokenizerModel> tokenizerModel =
            new Lazy<>(() -> load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new));
    private final Lazy<POSModel> posModel =
            new Lazy<>(() -> load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new));

    private final ThreadLocal<SentenceDetectorME> sentenceDetector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel.get()));
    private final ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel.get()));
    private final ThreadLocal<POSTaggerME> tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel.get()));

    public SentenceDetectorME sentenceDetector() {
        return sentenceDetector.get();
    }

    public TokenizerME tokenizer() {
        return tokenizer.get();
    }

    public POSTaggerME tagger() {
        return tagger.get();
    }

    /**
     * Starts reading the part-of-speech model on a background thread, if nobody has yet: the first
     * {@link #tagger()} then waits only for what is left. Loading two models at once on two cores
     * takes the time of the longer one.
     */
    public void prepareTagger() {
        posModel.startInBackground();
    }

    /** True once any model has been read; lets tests and benchmarks prove laziness. */
    public boolean anyLoaded() {
        return sentenceModel.isLoaded() || tokenizerModel.isLoaded() || posModel.isLoaded();
    }

    /** A value computed once, on first use, safely across threads. */
    private static final class Lazy<T> {
        private final Supplier<T> supplier;
        private volatile T value;
        private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

        Lazy(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    if (value == null) {
                        value = supplier.get();
                    }
                    v = value;
                }
            }
            return v;
        }

        boolean isLoaded() {
            return value != null;
        }

        /** Computes the value on a daemon thread; a failure there is left for the next {@link #get()} to meet. */
        void startInBackground() {
            if (value != null || started.getAndSet(true)) {
                return;
            }
            Thread t = new Thread(() -> {
                try {
                    get();
                } catch (RuntimeException e) {
                    // get() on the checking thread tries again and reports it.
                }
            }, "lihaaz-model-loader");
            t.setDaemon(true);
            t.start();
        }
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
