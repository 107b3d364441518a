using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BenghaziLink.Web.Data.Migrations
{
    /// <summary>
    /// The full-text index with Porter stemming ("weapon" finds "weapons"). FTS5 cannot change a tokenizer in place, so
    /// the index is made again from the text it holds (the headline and the author's text it was given at ingest):
    /// nothing is read from the articles again and nothing a user loaded changes. No table of the model changes.
    /// </summary>
    [DbContext(typeof(BenghaziLinkDb))]
    [Migration("20261207213800_SearchStemming")]
    public partial class SearchStemming : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            Rebuild(migrationBuilder, StoreSchema.CreateSearchIndex);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Rebuild(migrationBuilder, StoreSchema.CreateSearchIndexSchema8);
        }

        private static void Rebuild(MigrationBuilder migrationBuilder, string create)
        {
            migrationBuilder.Sql("CREATE TABLE ArticleSearchKept AS SELECT rowid AS Id, headline AS Headline, body AS Body FROM ArticleSearch");
            migrationBuilder.Sql("DROP TABLE ArticleSearch");
            migrationBuilder.Sql(create);
            migrationBuilder.Sql("INSERT INTO ArticleSearch(rowid, headline, body) SELECT Id, Headline, Body FROM ArticleSearchKept");
            migrationBuilder.Sql("DROP TABLE ArticleSearchKept");
        }
    }
}
