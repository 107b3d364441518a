namespace BenghaziLink.Web;

/// <summary>
/// Every log line the app writes, source-generated: named properties for structured logs, and no
/// formatting work when the level is off.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Applying {Count} store migrations: {Migrations}")]
    public static partial void StoreMigrating(this ILogger logger, int count, string migrations);

    [LoggerMessage(2, LogLevel.Warning, "Store schema version {Found} predates migrations: its {Count} article texts are kept and ingested again")]
    public static partial void StoreRebuilding(this ILogger logger, string found, int count);

    [LoggerMessage(3, LogLevel.Information, "Store schema version {Version} adopted as the first migration; its rows stay as they are")]
    public static partial void StoreAdopted(this ILogger logger, string version);

    [LoggerMessage(4, LogLevel.Information, "Extracting {Count} articles again: the pipeline changed since they were stored")]
    public static partial void ReextractionStarting(this ILogger logger, int count);

    [LoggerMessage(5, LogLevel.Information, "Extracted {Done} of {Count} articles again")]
    public static partial void ReextractionProgress(this ILogger logger, int done, int count);

    [LoggerMessage(6, LogLevel.Error, "Extracting {Source} again failed; it keeps its earlier extraction: {Reason}")]
    public static partial void ReextractionFailed(this ILogger logger, string source, string reason);

    [LoggerMessage(7, LogLevel.Error, "Stopped: {Reason}")]
    public static partial void StoreFull(this ILogger logger, string reason);

    [LoggerMessage(10, LogLevel.Information, "{Status} {Source} as {Slug}")]
    public static partial void ArticleStored(this ILogger logger, Ingestion.IngestStatus status, string source, string? slug);

    [LoggerMessage(11, LogLevel.Error, "Skipped {Source}: {Reason}")]
    public static partial void ArticleSkipped(this ILogger logger, string source, string? reason);

    [LoggerMessage(12, LogLevel.Warning, "Rollback after a failed ingest of {Source} failed too: {Reason}")]
    public static partial void RollbackFailed(this ILogger logger, string source, string reason);

    [LoggerMessage(13, LogLevel.Warning, "Disposing the transaction for {Source} failed: {Reason}")]
    public static partial void TransactionDisposeFailed(this ILogger logger, string source, string reason);

    [LoggerMessage(14, LogLevel.Information, "Regrouped {Claims} claims of {Articles} articles into {Groups} claim groups ({ElapsedMs:F0} ms)")]
    public static partial void ClaimsRegrouped(this ILogger logger, int claims, int articles, int groups, double elapsedMs);

    [LoggerMessage(16, LogLevel.Information, "Grouped the claims of {Added} new articles into the corpus's groups: {Removed} group rows replaced by {Written}, {Groups} groups in all ({ElapsedMs:F0} ms)")]
    public static partial void ClaimsGroupedIncrementally(this ILogger logger, int added, int removed, int written, int groups, double elapsedMs);

    [LoggerMessage(17, LogLevel.Information, "Regrouping the whole corpus: {Reason}")]
    public static partial void FullRegroup(this ILogger logger, string reason);

    [LoggerMessage(15, LogLevel.Error, "Regrouping the claims failed; the previous groups stay until the next ingest: {Reason}")]
    public static partial void RegroupFailed(this ILogger logger, string reason);

    [LoggerMessage(20, LogLevel.Error, "Ignoring sidecar {SidecarPath}: {Reason}")]
    public static partial void SidecarIgnored(this ILogger logger, string sidecarPath, string reason);

    [LoggerMessage(21, LogLevel.Warning, "Sidecar {Field} for {Source} is not usable (value {Value}, provenance {Provenance}); using the text")]
    public static partial void SidecarValueIgnored(this ILogger logger, string field, string source, string? value, string? provenance);

    [LoggerMessage(30, LogLevel.Information, "Store maintenance: {Reextracted} articles extracted again, {Legacy} kept from an old store ingested again, {Failed} failed")]
    public static partial void MaintenanceDone(this ILogger logger, int reextracted, int legacy, int failed);

    [LoggerMessage(31, LogLevel.Information, "Seed check: all {Count} seed articles in {SeedsPath} already ingested, nothing re-ingested ({ElapsedMs:F0} ms)")]
    public static partial void SeedsUpToDate(this ILogger logger, int count, string seedsPath, double elapsedMs);

    [LoggerMessage(32, LogLevel.Information, "Seed ingestion from {SeedsPath}: {Ingested} ingested, {Unchanged} unchanged, {Failed} failed ({ElapsedMs:F0} ms)")]
    public static partial void SeedsIngested(this ILogger logger, string seedsPath, int ingested, int unchanged, int failed, double elapsedMs);

    [LoggerMessage(33, LogLevel.Error, "Start-up ingestion failed")]
    public static partial void StartupIngestionFailed(this ILogger logger, Exception exception);

    [LoggerMessage(40, LogLevel.Warning, "Full-text query {FtsQuery} from {Input} failed: {Reason}")]
    public static partial void SearchFailed(this ILogger logger, string ftsQuery, string input, string reason);

    [LoggerMessage(50, LogLevel.Information, "Entity catalog: {Count} entries from {CatalogPath}")]
    public static partial void CatalogLoaded(this ILogger logger, int count, string catalogPath);

    [LoggerMessage(51, LogLevel.Warning, "No entity catalog at {CatalogPath}: entities are found from the text alone")]
    public static partial void CatalogMissing(this ILogger logger, string catalogPath);

    [LoggerMessage(52, LogLevel.Error, "Entity catalog {CatalogPath} is malformed, using an empty catalog: {Reason}")]
    public static partial void CatalogMalformed(this ILogger logger, string catalogPath, string reason);

    [LoggerMessage(53, LogLevel.Warning, "Entity catalog {CatalogPath}: {Problem}")]
    public static partial void CatalogEntryProblem(this ILogger logger, string catalogPath, string problem);

    [LoggerMessage(60, LogLevel.Critical, "Start-up failed")]
    public static partial void StartupFailed(this ILogger logger, Exception exception);

    [LoggerMessage(90, LogLevel.Information, "Meaning of {Claims} claims stored ({Embedded} texts embedded, {ElapsedMs:F0} ms); regrouping the claims")]
    public static partial void MeaningComputed(this ILogger logger, int claims, int embedded, double elapsedMs);

    [LoggerMessage(91, LogLevel.Warning, "Claims are grouped without meaning: {Reason}")]
    public static partial void MeaningModelMissing(this ILogger logger, string reason);

    [LoggerMessage(92, LogLevel.Error, "The sentence encoder failed; claims are grouped without meaning from now on: {Reason}")]
    public static partial void MeaningModelFailed(this ILogger logger, Exception exception, string reason);

    [LoggerMessage(93, LogLevel.Error, "Storing meaning vectors or regrouping with them failed; tried again at the next wake-up: {Reason}")]
    public static partial void MeaningStoreFailed(this ILogger logger, string reason);
}
