using System.Globalization;

namespace BenghaziLink.Extraction.Claims.Matching;

/// <summary>
/// A logistic model over <see cref="PairFeatures"/>: its weights and decision threshold live in
/// <c>same-claim-weights.tsv</c> (how they were fitted is written at its head), and <see cref="Fit"/> is the routine
/// that fitted them, so they can be fitted again on other development pairs.
/// </summary>
public sealed class SameClaimModel
{
    public IReadOnlyList<double> Weights { get; }

    /// <summary>The probability from which a pair is the same claim.</summary>
    public double Threshold { get; }

    public SameClaimModel(IReadOnlyList<double> weights, double threshold)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != PairFeatures.Names.Count) throw new ArgumentException($"A model has {PairFeatures.Names.Count} weights.", nameof(weights));
        Weights = weights;
        Threshold = threshold;
    }

    /// <summary>The model in <c>same-claim-weights.tsv</c>.</summary>
    public static SameClaimModel Default { get; } = Parse(MatchingFiles.Lines("same-claim-weights.tsv"));

    public static IReadOnlyList<string> FeatureNames => PairFeatures.Names;

    public double Probability(IReadOnlyList<double> features)
    {
        var z = 0.0;
        for (var i = 0; i < Weights.Count; i++) z += Weights[i] * features[i];
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Reads "name TAB weight" lines and a "threshold TAB value" line.</summary>
    public static SameClaimModel Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var weights = new double[PairFeatures.Names.Count];
        var threshold = 0.5;
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            var value = double.Parse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture);
            if (cells[0] == "threshold")
            {
                threshold = value;
            }
            else
            {
                var index = PairFeatures.Names.ToList().IndexOf(cells[0]);
                if (index < 0) throw new FormatException($"Unknown feature '{cells[0]}' in the weights file.");
                weights[index] = value;
            }
        }
        return new SameClaimModel(weights, threshold);
    }

    /// <summary>The weights file's text for this model, with a header saying how it was fitted.</summary>
    public string Format(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var lines = header.Split('\n').Select(l => "# " + l).ToList();
        lines.AddRange(PairFeatures.Names.Select((n, i) => $"{n}\t{Weights[i].ToString("0.######", CultureInfo.InvariantCulture)}"));
        lines.Add($"threshold\t{Threshold.ToString("0.####", CultureInfo.InvariantCulture)}");
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>
    /// Fits the weights by Newton's method on the log loss with a small L2 penalty (no randomness: the same pairs give
    /// the same weights), then sets the threshold: the lowest probability at which precision on the fitting pairs
    /// reaches <paramref name="precision"/>.
    /// </summary>
    public static SameClaimModel Fit(IReadOnlyList<(double[] Features, bool Same)> pairs, double precision, int iterations = 25)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var n = PairFeatures.Names.Count;
        var weights = new double[n];
        const double l2 = 1e-3;
        for (var step = 0; step < iterations; step++)
        {
            var gradient = new double[n];
            var hessian = new double[n, n];
            foreach (var (features, same) in pairs)
            {
                var z = 0.0;
                for (var i = 0; i < n; i++) z += weights[i] * features[i];
                var p = 1 / (1 + Math.Exp(-z));
                var error = p - (same ? 1 : 0);
                var curvature = p * (1 - p);
                for (var i = 0; i < n; i++)
                {
                    gradient[i] += error * features[i];
                    for (var j = 0; j < n; j++) hessian[i, j] += curvature * features[i] * features[j];
                }
            }
            for (var i = 0; i < n; i++)
            {
                gradient[i] += l2 * pairs.Count * weights[i];
                hessian[i, i] += l2 * pairs.Count;
            }
            var delta = Solve(hessian, gradient);
            for (var i = 0; i < n; i++) weights[i] -= delta[i];
        }
        var model = new SameClaimModel(weights, 0.5);
        return new SameClaimModel(weights, model.ThresholdFor(pairs, precision));
    }

    /// <summary>Solves <paramref name="a"/> x = <paramref name="b"/> by Gaussian elimination with partial pivoting.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col])) pivot = row;
            }
            for (var k = 0; k < n; k++) (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            (x[col], x[pivot]) = (x[pivot], x[col]);
            for (var row = col + 1; row < n; row++)
            {
                var factor = m[row, col] / m[col, col];
                for (var k = col; k < n; k++) m[row, k] -= factor * m[col, k];
                x[row] -= factor * x[col];
            }
        }
        for (var row = n - 1; row >= 0; row--)
        {
            for (var k = row + 1; k < n; k++) x[row] -= m[row, k] * x[k];
            x[row] /= m[row, row];
        }
        return x;
    }

    /// <summary>The lowest threshold whose precision on <paramref name="pairs"/> is at least <paramref name="precision"/>.</summary>
    private double ThresholdFor(IReadOnlyList<(double[] Features, bool Same)> pairs, double precision)
    {
        var scored = pairs.Select(p => (P: Probability(p.Features), p.Same)).OrderByDescending(p => p.P).ToList();
        var best = 1.0;
        var correct = 0;
        for (var i = 0; i < scored.Count; i++)
        {
            if (scored[i].Same) correct++;
            if ((double)correct / (i + 1) >= precision && (i + 1 == scored.Count || scored[i + 1].P < scored[i].P)) best = scored[i].P;
        }
        return best;
    }
}
