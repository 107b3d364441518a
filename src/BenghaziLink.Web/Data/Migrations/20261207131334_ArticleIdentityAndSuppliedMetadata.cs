using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BenghaziLink.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArticleIdentityAndSuppliedMetadata : Migration
    {
        private const string FromSidecar = "{0}Provenance IS NOT NULL AND ({0}Basis IS NULL OR {0}Basis NOT LIKE 'Stated in the text: %')";
        private const string Value =
            "json(CASE WHEN " + FromSidecar + " THEN json_object('value', {0}, 'provenance', CASE {0}Provenance " +
            "WHEN 'StatedInText' THEN 'stated-in-text' WHEN 'Inferred' THEN 'inferred' ELSE 'curated' END, 'basis', {0}Basis) END)";

        private static readonly string SuppliedMetadataFromSidecarColumns = string.Format(System.Globalization.CultureInfo.InvariantCulture,
            "UPDATE Articles SET SuppliedMetadata = json_object('published', " + Value + ", 'outlet', " + Value.Replace("{0}", "{1}") + ") " +
            "WHERE (" + FromSidecar + ") OR (" + FromSidecar.Replace("{0}", "{1}") + ")", "Published", "Outlet");

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_SourceName",
                table: "Articles");

            migrationBuilder.AddColumn<string>(
                name: "ExtractionError",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuppliedMetadata",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            // Added by hand: metadata a schema-8 store took from a sidecar (anything whose basis is not a quote of
            // the text) becomes the article's supplied metadata, so extracting it again never needs the sidecar.
            migrationBuilder.Sql(SuppliedMetadataFromSidecarColumns);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PipelineVersion",
                table: "Articles",
                column: "PipelineVersion");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SourceName",
                table: "Articles",
                column: "SourceName");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SourcePath",
                table: "Articles",
                column: "SourcePath",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_PipelineVersion",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SourceName",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SourcePath",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ExtractionError",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SuppliedMetadata",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SourceName",
                table: "Articles",
                column: "SourceName",
                unique: true);
        }
    }
}
