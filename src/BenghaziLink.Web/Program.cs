using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Web.Api;
using BenghaziLink.Web.Cli;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Export;
using BenghaziLink.Web.Ingestion;
using BenghaziLink.Web.Links;
using BenghaziLink.Web.Maps;
using BenghaziLink.Web.Search;
using BenghaziLink.Web.Security;
using Microsoft.EntityFrameworkCore;
using Serilog;
using System.Text.Json;
using System.Text.Json.Serialization;

// Command-line verbs (ingest, extract, eval) run on the same configuration and store as the web app.
var verb = Verb.Parse(args);
var builder = WebApplication.CreateBuilder(verb?.HostArgs ?? args);
// No Server header: which server and version runs here is of use only to an attacker.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

// Logging: Serilog from the "Serilog" section of appsettings; one line per request (UseSerilogRequestLogging below).
builder.Services.AddSerilog((services, logger) => logger.ReadFrom.Configuration(services.GetRequiredService<IConfiguration>()).ReadFrom.Services(services));
builder.Services.AddSingleton<Serilog.Core.ILogEventFilter, StartupFailure.HostLogFilter>();

// Store: SQLite file under the content root unless configured; every write goes through one connection.
builder.Services.AddSingleton(StoreConnection.FromServices);
builder.Services.AddDbContext<BenghaziLinkDb>((sp, o) => o.UseSqlite(sp.GetRequiredService<StoreConnection>().ConnectionString));
builder.Services.AddSingleton(sp => new StoreWriter(sp.GetRequiredService<StoreConnection>().ConnectionString));
builder.Services.AddScoped<StoreInitializer>();
builder.Services.AddScoped<StoreMaintenance>();

// Extraction and ingestion: one immutable pipeline, with the entity catalog; seeds ingested at start-up.
builder.Services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<ExtractionOptions>().BindConfiguration(ExtractionOptions.Section).ValidateOnStart();
builder.Services.AddSingleton(CatalogReader.FromServices);
builder.Services.AddSingleton(sp => ExtractionPipelineBuilder.CreateDefault(sp.GetRequiredService<EntityCatalog>()));
builder.Services.AddSingleton<SidecarReader>();
builder.Services.AddScoped<ArticleIngestor>();
builder.Services.AddSingleton<CorpusGrouping>();
builder.Services.AddScoped<IngestionRunner>();
builder.Services.AddHostedService<SeedIngestionService>();
// Meaning: claims' contents embedded behind ingestion (never in its way) by one model, loaded on first use and shared;
// the backlog is shown on /healthz and /claims.
builder.Services.AddSingleton<BenghaziLink.Extraction.Claims.Matching.ISentenceEncoder, BenghaziLink.Web.Meaning.MiniLmEncoder>();
builder.Services.AddOptions<MeaningOptions>().BindConfiguration(MeaningOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton<MeaningProgress>();
builder.Services.AddScoped<MeaningBacklog>();
builder.Services.AddHostedService<MeaningService>();

// Pages and API.
builder.Services.AddScoped<ArticleSearch>();
builder.Services.AddScoped<EntityLookup>();
builder.Services.AddScoped<BenghaziLink.Web.Pages.Timeline.TimelineQuery>();
builder.Services.AddScoped<BenghaziLink.Web.Pages.Claims.ClaimQuery>();
builder.Services.AddOptions<BenghaziLink.Web.Pages.Claims.ClaimListOptions>().BindConfiguration(BenghaziLink.Web.Pages.Claims.ClaimListOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddScoped<BenghaziLink.Web.Pages.Entities.ProfileQuery>();
builder.Services.AddScoped<EntityConnections>();
builder.Services.AddScoped<RelatedArticles>();
builder.Services.AddScoped<LinkNetwork>();
// Country outlines for place maps: decoded once from the vendored world-atlas, drawn on the server as SVG.
builder.Services.AddSingleton(WorldMap.FromServices);
builder.Services.AddRazorPages();
builder.Services.AddProblemDetails();
// OpenAPI description of the JSON API at /openapi/v1.json.
builder.Services.AddOpenApi();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower)));

// Start-up: a bad setting, an unusable store or a port in use is one line on stderr and exit code 2, never a stack trace.
if (!StartupFailure.TryBuild(builder, out var app, out var exitCode)) return exitCode;
if (verb is not null) return await StartupFailure.RunAsync(app, verb).ConfigureAwait(false);

// Security headers on every response (pages, files, API, errors); TRACE and TRACK refused.
app.UseSecurityHeaders();
// Errors: a friendly page (or problem JSON under /api), never a stack trace, in every environment.
app.UseExceptionHandler("/Error");
app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePagesWithReExecute("/Status/{0}"));
app.UseApiProblems();
app.UseSerilogRequestLogging();
app.UseStaticFiles();
app.UseRouting();
app.MapRazorPages();
app.MapArticlesApi();
app.MapEntitiesApi();
app.MapTimelineApi();
app.MapClaimsApi();
app.MapLinksApi();
app.MapExports();
app.MapHealth();
app.MapOpenApi();

return await StartupFailure.RunAsync(app, verb: null).ConfigureAwait(false);

/// <summary>Visible to the test project's <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
