using System.Globalization;
using BenghaziLink.Extraction;
using BenghaziLink.Web.Data;

namespace BenghaziLink.Web.Pages;

/// <summary>A publication date as pages show it: to its precision (a month is not shown as the 1st).</summary>
public sealed record PublishedDateView(string? Value, Provenance? Provenance, string? Basis)
{
    public string Display => PartialDate.TryParseIso(Value, out var date)
        ? date.Precision switch
        {
            DatePrecision.Day => new DateTime(date.Year, date.Month!.Value, date.Day!.Value).ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Month => new DateTime(date.Year, date.Month!.Value, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            _ => date.Year.ToString(CultureInfo.InvariantCulture),
        }
        : Value ?? "";

    public string ProvenanceLabel => ProvenanceText.Label(Provenance);

    public string ProvenanceClass => ProvenanceText.CssClass(Provenance);
}

public static class ProvenanceText
{
    public static string Label(Provenance? provenance) => provenance switch
    {
        Data.Provenance.StatedInText => "stated in text",
        Data.Provenance.Inferred => "inferred",
        Data.Provenance.Curated => "curated",
        _ => "",
    };

    public static string CssClass(Provenance? provenance) => Label(provenance).Replace(' ', '-');
}
