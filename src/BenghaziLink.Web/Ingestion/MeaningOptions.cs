using System.ComponentModel.DataAnnotations;

namespace BenghaziLink.Web.Ingestion;

/// <summary>The background meaning service (<see cref="MeaningService"/>), bound from the "Meaning" section.</summary>
public sealed class MeaningOptions
{
    public const string Section = "Meaning";

    /// <summary>Whether claims' contents are embedded in the background; off, claims are grouped on agreement alone.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Contents embedded per model call: large enough to batch, small enough that each write is short.</summary>
    [Range(1, 1024)]
    public int BatchSize { get; set; } = 64;

    /// <summary>How often the store is looked at for claims stored by another process (an <c>ingest</c> run), in seconds.</summary>
    [Range(0.05, 3600)]
    public double PollSeconds { get; set; } = 30;
}
