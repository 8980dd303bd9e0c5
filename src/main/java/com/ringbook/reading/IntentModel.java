package com.ringbook.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small linear model for the replies the rules leave open: multinomial logistic regression over hashed word
 * unigrams and bigrams, character 3- and 4-grams of each word, and the rules' own findings as extra features.
 * Trained in a few tens of milliseconds, deterministically (a fixed seed and order), with plain stochastic gradient
 * descent.
 */
final class IntentModel {

    /** What the model tells apart. Which slot, the address and the carrier keywords are the rules' business. */
    enum Label {
        ACCEPT, NO, OTHER_TIME, QUESTION, UNCLEAR
    }

    /** One training reply: its features and what it means. */
    record Example(List<String> features, Label label) {
    }

    /** The most likely label and how likely the model thinks it is. */
    record Guess(Label label, double probability) {
    }

    private static final int BITS = 18;
    private static final int DIMENSIONS = 1 << BITS;
    private static final int EPOCHS = 30;
    private static final double LEARNING_RATE = 0.4;
    private static final double L2 = 1e-5;

    private final float[][] weights;
    private final float[] bias;

    private IntentModel(float[][] weights, float[] bias) {
        this.weights = weights;
        this.bias = bias;
    }

    static IntentModel train(List<Example> examples) {
        int classes = Label.values().length;
        float[][] w = new float[classes][DIMENSIONS];
        float[] b = new float[classes];
        List<int[]> indexes = new ArrayList<>(examples.size());
        List<float[]> values = new ArrayList<>(examples.size());
        for (Example e : examples) {
            Vector v = vector(e.features());
            indexes.add(v.indexes);
            values.add(v.values);
        }
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(20261123L);
        double[] p = new double[classes];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double rate = LEARNING_RATE / (1 + 0.15 * epoch);
            for (int k : order) {
                int[] idx = indexes.get(k);
                float[] val = values.get(k);
                probabilities(w, b, idx, val, p);
                int gold = examples.get(k).label().ordinal();
                for (int c = 0; c < classes; c++) {
                    double g = p[c] - (c == gold ? 1 : 0);
                    b[c] -= (float) (rate * g);
                    float[] wc = w[c];
                    for (int f = 0; f < idx.length; f++) {
                        wc[idx[f]] -= (float) (rate * (g * val[f] + L2 * wc[idx[f]]));
                    }
                }
            }
        }
        return new IntentModel(w, b);
    }

    Guess guess(List<String> features) {
        Vector v = vector(features);
        double[] p = new double[bias.length];
        probabilities(weights, bias, v.indexes, v.values, p);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return new Guess(Label.values()[best], p[best]);
    }

    private static void probabilities(float[][] w, float[] b, int[] idx, float[] val, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < out.length; c++) {
            double s = b[c];
            float[] wc = w[c];
            for (int f = 0; f < idx.length; f++) {
                s += wc[idx[f]] * val[f];
            }
            out[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < out.length; c++) {
            out[c] = Math.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < out.length; c++) {
            out[c] /= sum;
        }
    }

    private record Vector(int[] indexes, float[] values) {
    }

    /** Hashes the features into the weight table's columns, each with the same weight, the whole of length one. */
    private static Vector vector(List<String> features) {
        int[] idx = new int[features.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = index(features.get(i));
        }
        java.util.Arrays.sort(idx);
        int distinct = 0;
        int[] counts = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            if (distinct > 0 && idx[distinct - 1] == idx[i]) {
                counts[distinct - 1]++;
            } else {
                idx[distinct] = idx[i];
                counts[distinct] = 1;
                distinct++;
            }
        }
        int[] outIdx = java.util.Arrays.copyOf(idx, distinct);
        float[] outVal = new float[distinct];
        double norm = 0;
        for (int i = 0; i < distinct; i++) {
            norm += (double) counts[i] * counts[i];
        }
        norm = norm == 0 ? 1 : Math.sqrt(norm);
        for (int i = 0; i < distinct; i++) {
            outVal[i] = (float) (counts[i] / norm);
        }
        return new Vector(outIdx, outVal);
    }

    /** FNV-1a, folded into the table's size. */
    private static int index(String feature) {
        int h = 0x811c9dc5;
        for (int i = 0; i < feature.length(); i++) {
            h ^= feature.charAt(i);
            h *= 0x01000193;
        }
        return (h ^ (h >>> BITS)) & (DIMENSIONS - 1);
    }

    /**
     * The features of a reply: its words (numbers by their shape), pairs of neighbouring words, the letters of each
     * word in threes and fours, and what the rules found ({@code signals}).
     */
    static List<String> features(Words words, List<String> signals) {
        List<String> out = new ArrayList<>(words.size() * 8 + signals.size() + 4);
        String previous = "<s>";
        for (String raw : words.words) {
            String w = shape(raw);
            out.add("w:" + w);
            out.add("b:" + previous + "_" + w);
            previous = w;
            if (w.length() >= 2 && Character.isLetter(w.charAt(0))) {
                String padded = "^" + w + "$";
                for (int n = 3; n <= 4; n++) {
                    for (int i = 0; i + n <= padded.length(); i++) {
                        out.add("c:" + padded.substring(i, i + n));
                    }
                }
            }
        }
        out.add("b:" + previous + "_</s>");
        int length = words.size();
        out.add("len:" + (length <= 1 ? "1" : length <= 3 ? "2-3" : length <= 8 ? "4-8" : length <= 20 ? "9-20" : "21+"));
        for (String s : signals) {
            out.add("s:" + s);
        }
        return out;
    }

    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("\\d+:\\d\\d");
    private static final java.util.regex.Pattern DATE =
            java.util.regex.Pattern.compile("\\d{1,2}/\\d{1,2}(/\\d+)?");
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d{1,2}(st|nd|rd|th)");

    private static String shape(String w) {
        if (w.isEmpty() || !(Character.isDigit(w.charAt(0)) || w.charAt(0) == '$')) {
            return w;
        }
        if (Words.isNumber(w, 2)) {
            return "<num>";
        }
        if (CLOCK.matcher(w).matches()) {
            return "<clock>";
        }
        if (DATE.matcher(w).matches()) {
            return "<date>";
        }
        if (ORDINAL.matcher(w).matches()) {
            return "<ordinal>";
        }
        if (w.startsWith("$")) {
            return "<money>";
        }
        if (Words.isNumber(w, 20)) {
            return "<number>";
        }
        return w;
    }
}
