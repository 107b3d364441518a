using System.ComponentModel.DataAnnotations;

namespace BenghaziLink.Web.Ingestion;

public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Folder of seed articles ingested at start-up; relative paths are from the content root.</summary>
    [Required]
    public string SeedsPath { get; set; } = "../../seeds/articles";

    /// <summary>Files larger than this are refused: a news article is a few kilobytes, a dump is not.</summary>
    [Range(1, int.MaxValue)]
    public int MaxArticleBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Whether start-up ingests the seeds folder (tests turn it off to ingest what they choose).</summary>
    public bool IngestSeedsAtStartup { get; set; } = true;
}
