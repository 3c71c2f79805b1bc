package com.branchmate.bot.conversation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.branchmate.bot.intents.Intent;

/**
 * The intent model trained when the examples were last edited and shipped as {@value #RESOURCE}, so a start does not
 * spend half a minute embedding and training. Its {@link Stamp} names what it was trained from; a file whose stamp
 * differs from the running code's is stale and not used. Regenerate it after editing the examples or the features:
 *
 * <pre>./mvnw -q -pl bot -am test-compile exec:java -Dexec.mainClass=com.branchmate.bot.conversation.IntentModelWriter -Dexec.classpathScope=test</pre>
 *
 * ({@code IntentModelFileTest} fails until then.)
 */
final class IntentModelFile {

    static final String RESOURCE = "/conversation/intent-model.bin";
    static final String REGENERATE = "./mvnw -q -pl bot -am test-compile exec:java "
            + "-Dexec.mainClass=com.branchmate.bot.conversation.IntentModelWriter -Dexec.classpathScope=test";
    private static final String FORMAT = "branchmate-intent-model-1";

    /** What a model was trained from: the examples file's SHA-256, the features' version, the embedding model, the settings and the intents in order. */
    record Stamp(String examplesSha256, int featureVersion, String embeddingModel, IntentClassifier.Settings settings,
                 List<String> intents) {

        /** The stamp of a model trained now by this code on the shipped examples. */
        static Stamp current(String embeddingModel) {
            return new Stamp(sha256(IntentClassifier.examplesBytes()), IntentFeatures.VERSION, embeddingModel,
                    IntentClassifier.Settings.DEFAULT, Arrays.stream(Intent.values()).map(Intent::name).toList());
        }
    }

    record Shipped(Stamp stamp, SoftmaxRegression model) {
    }

    private IntentModelFile() {
    }

    /** The shipped file, when there is one. */
    static Optional<Shipped> shipped() {
        try (InputStream in = IntentModelFile.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(OutputStream out, Stamp stamp, SoftmaxRegression model) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(zip);
        data.writeUTF(FORMAT);
        data.writeUTF(stamp.examplesSha256());
        data.writeInt(stamp.featureVersion());
        data.writeUTF(stamp.embeddingModel());
        data.writeDouble(stamp.settings().l2());
        data.writeInt(stamp.settings().epochs());
        data.writeDouble(stamp.settings().rate());
        data.writeUTF(String.join(",", stamp.intents()));
        model.write(data);
        data.flush();
        zip.finish();
    }

    static Shipped read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        String format = data.readUTF();
        if (!FORMAT.equals(format)) {
            throw new IOException("not an intent model file: " + format);
        }
        Stamp stamp = new Stamp(data.readUTF(), data.readInt(), data.readUTF(),
                new IntentClassifier.Settings(data.readDouble(), data.readInt(), data.readDouble()),
                List.of(data.readUTF().split(",")));
        return new Shipped(stamp, SoftmaxRegression.read(data));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
