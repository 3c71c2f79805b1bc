package com.branchmate.knowledge.embedding;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedder that knows some passages' embeddings already: the built-in playbook's, computed when it was written
 * and shipped as {@value #RESOURCE}, so the first start does not spend a minute embedding them. Passages it does not
 * know go to the model. The file names the model; a file for another model is ignored.
 */
public final class PrecomputedEmbedder implements Embedder {

    public static final String RESOURCE = "playbook/embeddings.bin";
    private static final Logger log = LoggerFactory.getLogger(PrecomputedEmbedder.class);

    private final Embedder model;
    private final Supplier<Map<String, float[]>> source;
    private volatile Map<String, float[]> known;

    public PrecomputedEmbedder(Embedder model, Map<String, float[]> known) {
        this(model, () -> known);
    }

    private PrecomputedEmbedder(Embedder model, Supplier<Map<String, float[]>> source) {
        this.model = model;
        this.source = source;
    }

    /**
     * The model with the shipped playbook embeddings, when the resource is there and made by this model. The file is
     * read when passages are first embedded: a restart finds the playbook stored already and never needs it.
     */
    public static PrecomputedEmbedder withPlaybook(Embedder model) {
        return new PrecomputedEmbedder(model, () -> shippedFor(model));
    }

    private static Map<String, float[]> shippedFor(Embedder model) {
        try (InputStream in = PrecomputedEmbedder.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                log.warn("{} is missing: the built-in playbook will be embedded on start", RESOURCE);
                return Map.of();
            }
            Shipped shipped = read(in);
            if (!shipped.modelName().equals(model.modelName())) {
                log.warn("{} was made by {}, not {}: the built-in playbook will be embedded on start", RESOURCE,
                        shipped.modelName(), model.modelName());
                return Map.of();
            }
            return shipped.vectors();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String modelName() {
        return model.modelName();
    }

    @Override
    public float[] embedQuery(String query) {
        return model.embedQuery(query);
    }

    @Override
    public List<float[]> embedPassages(List<String> passages, Progress progress) {
        Map<String, float[]> known = known();
        List<float[]> result = new ArrayList<>(passages.size());
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            float[] vector = known.get(key(passages.get(i)));
            result.add(vector);
            if (vector == null) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> embedded = model.embedPassages(missing.stream().map(passages::get).toList(), progress);
            for (int j = 0; j < missing.size(); j++) {
                result.set(missing.get(j), embedded.get(j));
            }
        }
        return result;
    }

    private Map<String, float[]> known() {
        Map<String, float[]> read = known;
        if (read == null) {
            synchronized (this) {
                read = known;
                if (read == null) {
                    read = source.get();
                    known = read;
                }
            }
        }
        return read;
    }

    /** The file's content: the model that made it and each passage text's SHA-256 with its vector. */
    public record Shipped(String modelName, Map<String, float[]> vectors) {
    }

    public static Shipped read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in));
        String modelName = data.readUTF();
        int count = data.readInt();
        int dimensions = data.readInt();
        Map<String, float[]> vectors = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            String key = data.readUTF();
            float[] vector = new float[dimensions];
            for (int d = 0; d < dimensions; d++) {
                vector[d] = data.readFloat();
            }
            vectors.put(key, vector);
        }
        return new Shipped(modelName, vectors);
    }

    /** Writes texts' embeddings in the file's format (used by the build's generator). */
    public static void write(OutputStream out, String modelName, LinkedHashMap<String, float[]> byText) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(modelName);
        data.writeInt(byText.size());
        data.writeInt(byText.isEmpty() ? 0 : byText.values().iterator().next().length);
        for (Map.Entry<String, float[]> e : byText.entrySet()) {
            data.writeUTF(key(e.getKey()));
            for (float x : e.getValue()) {
                data.writeFloat(x);
            }
        }
        data.flush();
    }

    public static String key(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
