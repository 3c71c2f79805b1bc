package com.branchmate.bot.conversation;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Multinomial logistic regression over a dense part (an embedding, a few signals) and a sparse binary part (hashed
 * character n-grams), trained by full-batch gradient descent with L2. Small and deterministic: a few hundred
 * examples train in well under a second.
 */
final class SoftmaxRegression {

    /** One example's features: dense values and the indices of its sparse features that are on. */
    record Features(float[] dense, int[] sparse) {
    }

    private final int classes;
    private final int denseSize;
    private final int sparseSize;
    private final double[][] denseWeights;
    private final double[][] sparseWeights;
    private final double[] bias;

    private SoftmaxRegression(int classes, int denseSize, int sparseSize) {
        this.classes = classes;
        this.denseSize = denseSize;
        this.sparseSize = sparseSize;
        this.denseWeights = new double[classes][denseSize];
        this.sparseWeights = new double[classes][sparseSize];
        this.bias = new double[classes];
    }

    static SoftmaxRegression train(List<Features> examples, int[] labels, int classes, int sparseSize,
                                   double l2, int epochs, double rate) {
        int denseSize = examples.get(0).dense().length;
        SoftmaxRegression model = new SoftmaxRegression(classes, denseSize, sparseSize);
        // Each class weighs by the inverse of its share, so a rare intent (HELP, UNDO) is not drowned by notes.
        double[] classWeight = new double[classes];
        for (int label : labels) {
            classWeight[label]++;
        }
        for (int c = 0; c < classes; c++) {
            classWeight[c] = classWeight[c] == 0 ? 0 : (double) labels.length / (classes * classWeight[c]);
        }
        int n = examples.size();
        double[][] gradDense = new double[classes][denseSize];
        double[][] gradSparse = new double[classes][sparseSize];
        double[] gradBias = new double[classes];
        // Adam keeps the step sizes sensible for dense and sparse features alike.
        double[][] mDense = new double[classes][denseSize];
        double[][] vDense = new double[classes][denseSize];
        double[][] mSparse = new double[classes][sparseSize];
        double[][] vSparse = new double[classes][sparseSize];
        double[] mBias = new double[classes];
        double[] vBias = new double[classes];
        double beta1 = 0.9;
        double beta2 = 0.999;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            for (int c = 0; c < classes; c++) {
                Arrays.fill(gradDense[c], 0);
                Arrays.fill(gradSparse[c], 0);
            }
            Arrays.fill(gradBias, 0);
            for (int i = 0; i < n; i++) {
                Features x = examples.get(i);
                double[] p = model.probabilities(x);
                double w = classWeight[labels[i]] / n;
                for (int c = 0; c < classes; c++) {
                    double error = w * (p[c] - (c == labels[i] ? 1 : 0));
                    float[] dense = x.dense();
                    double[] g = gradDense[c];
                    for (int d = 0; d < dense.length; d++) {
                        g[d] += error * dense[d];
                    }
                    for (int s : x.sparse()) {
                        gradSparse[c][s] += error;
                    }
                    gradBias[c] += error;
                }
            }
            double correction1 = 1 - Math.pow(beta1, epoch);
            double correction2 = 1 - Math.pow(beta2, epoch);
            for (int c = 0; c < classes; c++) {
                adam(model.denseWeights[c], gradDense[c], mDense[c], vDense[c], l2, rate, correction1, correction2);
                adam(model.sparseWeights[c], gradSparse[c], mSparse[c], vSparse[c], l2, rate, correction1,
                        correction2);
            }
            adam(model.bias, gradBias, mBias, vBias, 0, rate, correction1, correction2);
        }
        return model;
    }

    private static void adam(double[] weights, double[] grad, double[] m, double[] v, double l2, double rate,
                             double correction1, double correction2) {
        for (int j = 0; j < weights.length; j++) {
            double g = grad[j] + l2 * weights[j];
            if (g == 0 && m[j] == 0) {
                continue;
            }
            m[j] = 0.9 * m[j] + 0.1 * g;
            v[j] = 0.999 * v[j] + 0.001 * g * g;
            weights[j] -= rate * (m[j] / correction1) / (Math.sqrt(v[j] / correction2) + 1e-8);
        }
    }

    double[] probabilities(Features x) {
        double[] scores = new double[classes];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            double s = bias[c];
            double[] w = denseWeights[c];
            float[] dense = x.dense();
            for (int d = 0; d < denseSize; d++) {
                s += w[d] * dense[d];
            }
            for (int i : x.sparse()) {
                s += sparseWeights[c][i];
            }
            scores[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            scores[c] = Math.exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < classes; c++) {
            scores[c] /= sum;
        }
        return scores;
    }

    int sparseSize() {
        return sparseSize;
    }

    int classes() {
        return classes;
    }

    /** The weights as floats (plenty for a decision); of the sparse weights only those an example ever set. */
    void write(DataOutput out) throws IOException {
        out.writeInt(classes);
        out.writeInt(denseSize);
        out.writeInt(sparseSize);
        for (int c = 0; c < classes; c++) {
            out.writeFloat((float) bias[c]);
            for (double w : denseWeights[c]) {
                out.writeFloat((float) w);
            }
        }
        for (int c = 0; c < classes; c++) {
            int set = 0;
            for (double w : sparseWeights[c]) {
                set += w == 0 ? 0 : 1;
            }
            out.writeInt(set);
            for (int i = 0; i < sparseSize; i++) {
                if (sparseWeights[c][i] != 0) {
                    out.writeInt(i);
                    out.writeFloat((float) sparseWeights[c][i]);
                }
            }
        }
    }

    static SoftmaxRegression read(DataInput in) throws IOException {
        SoftmaxRegression model = new SoftmaxRegression(in.readInt(), in.readInt(), in.readInt());
        for (int c = 0; c < model.classes; c++) {
            model.bias[c] = in.readFloat();
            for (int d = 0; d < model.denseSize; d++) {
                model.denseWeights[c][d] = in.readFloat();
            }
        }
        for (int c = 0; c < model.classes; c++) {
            int set = in.readInt();
            for (int k = 0; k < set; k++) {
                int i = in.readInt();
                model.sparseWeights[c][i] = in.readFloat();
            }
        }
        return model;
    }
}
