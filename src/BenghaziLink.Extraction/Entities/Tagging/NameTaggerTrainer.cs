namespace BenghaziLink.Extraction.Entities.Tagging;

/// <summary>
/// Fits the name tagger's weights: an averaged perceptron (Collins 2002) trained greedily, each word decoded with
/// the tags the model itself chose before it, as at run time. Deterministic: documents are shuffled with a fixed seed.
/// </summary>
public static class NameTaggerTrainer
{
    public static NameTaggerModel Train(IReadOnlyList<TaggedDocument> documents, int iterations, float prune, Action<int, double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var sentences = documents.Select(Prepare).ToList();
        // Weights, and the sum of each update times the step it came at: the average is weights - sums / steps.
        var weights = new Dictionary<uint, float[]>();
        var sums = new Dictionary<uint, double[]>();
        var step = 1L;
        var random = new Random(20261207);
        Span<uint> features = stackalloc uint[TaggerFeatures.Max];
        var scores = new float[NameTags.Count];
        for (var iteration = 1; iteration <= iterations; iteration++)
        {
            int words = 0, right = 0;
            foreach (var document in sentences.OrderBy(_ => random.Next()).ToList())
            {
                foreach (var (sentence, gold) in document)
                {
                    var tags = new byte[sentence.Count];
                    for (var i = 0; i < tags.Length; i++, step++)
                    {
                        words++;
                        var previous = i > 0 ? tags[i - 1] : NameTags.Outside;
                        if (!TaggerFeatures.NeedsModel(sentence, i, previous)) { if (gold[i] == NameTags.Outside) right++; continue; }
                        var n = TaggerFeatures.Of(sentence, i, previous, i > 1 ? tags[i - 2] : NameTags.Outside, features);
                        Array.Clear(scores);
                        foreach (var f in features[..n])
                        {
                            if (!weights.TryGetValue(f, out var row)) continue;
                            for (var t = 0; t < NameTags.Count; t++) scores[t] += row[t];
                        }
                        var guess = NameTaggerModel.Best(scores, previous);
                        tags[i] = guess;
                        if (guess == gold[i]) { right++; continue; }
                        foreach (var f in features[..n])
                        {
                            Update(f, gold[i], 1f);
                            Update(f, guess, -1f);
                        }
                    }
                }
            }
            progress?.Invoke(iteration, right / (double)words);
        }
        var averaged = new Dictionary<uint, float[]>(weights.Count);
        foreach (var (feature, row) in weights)
        {
            var sum = sums[feature];
            averaged[feature] = [.. row.Select((w, t) => (float)(w - sum[t] / step))];
        }
        return NameTaggerModel.FromWeights(averaged, prune);

        void Update(uint feature, byte tag, float delta)
        {
            if (!weights.TryGetValue(feature, out var row))
            {
                weights[feature] = row = new float[NameTags.Count];
                sums[feature] = new double[NameTags.Count];
            }
            row[tag] += delta;
            sums[feature][tag] += step * (double)delta;
        }
    }

    /// <summary>Exact-span precision, recall and F1 of the model's names against tagged documents.</summary>
    public static (double Precision, double Recall, double F1) Score(NameTaggerModel model, IReadOnlyList<TaggedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(documents);
        int found = 0, predicted = 0, gold = 0;
        foreach (var document in documents)
        {
            foreach (var (sentence, tags) in Prepare(document))
            {
                var expected = NameTags.Spans(tags);
                var guessed = NameTags.Spans(model.Tag(sentence));
                gold += expected.Count;
                predicted += guessed.Count;
                found += guessed.Count(expected.Contains);
            }
        }
        var precision = predicted == 0 ? 0 : found / (double)predicted;
        var recall = gold == 0 ? 0 : found / (double)gold;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    private static List<(TaggerSentence Sentence, byte[] Gold)> Prepare(TaggedDocument document)
    {
        var laid = document.Sentences.Select(s => NameTaggerModel.Layout(s.Words, s.Tags)).ToList();
        var lower = new HashSet<uint>();
        foreach (var (text, tokens, _) in laid) TaggerSentence.AddLowerWords(text, tokens, 0, tokens.Count, lower);
        return [.. laid.Select(l => (TaggerSentence.Of(l.Text, l.Tokens, 0, l.Tokens.Count, lower), l.Tags))];
    }
}
