using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BenghaziLink.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClaimsStore : Migration
    {
        // Added by hand: a schema-8 store kept a claim's names, events and mentions as newline-joined text. Names and
        // events become JSON arrays of text (json_quote escapes each line; a backslash is set aside so that only a real
        // line break, quoted as \n, splits); "start end name" mention lines become ClaimMentions rows in their order.
        private static string LinesToJson(string column) =>
            $$"""CASE WHEN {{column}} = '' THEN '[]' ELSE '[' || replace(replace(replace(json_quote({{column}}), '\\', char(1)), '\n', '","'), char(1), '\\') || ']' END""";

        private static string JsonToLines(string column) =>
            $"COALESCE((SELECT group_concat(value, char(10)) FROM (SELECT value FROM json_each({column}) ORDER BY key)), '')";

        private const string MentionLinesToRows = """
            INSERT INTO ClaimMentions (ClaimId, Position, Name, Start, "End")
            WITH RECURSIVE line(ClaimId, Position, Line, Rest) AS (
                SELECT Id, -1, '', Mentions || char(10) FROM ArticleClaims WHERE Mentions <> ''
                UNION ALL
                SELECT ClaimId, Position + 1, substr(Rest, 1, instr(Rest, char(10)) - 1), substr(Rest, instr(Rest, char(10)) + 1)
                FROM line WHERE Rest <> ''),
            field(ClaimId, Position, Start, Tail) AS (
                SELECT ClaimId, Position, substr(Line, 1, instr(Line, ' ') - 1), substr(Line, instr(Line, ' ') + 1)
                FROM line WHERE Position >= 0 AND instr(Line, ' ') > 0)
            SELECT ClaimId, Position, substr(Tail, instr(Tail, ' ') + 1), CAST(Start AS INTEGER), CAST(substr(Tail, 1, instr(Tail, ' ') - 1) AS INTEGER)
            FROM field WHERE instr(Tail, ' ') > 0
            """;

        private const string MentionRowsToLines = """
            UPDATE ArticleClaims SET Mentions = COALESCE((SELECT group_concat(Line, char(10)) FROM (
                SELECT Start || ' ' || "End" || ' ' || Name AS Line FROM ClaimMentions WHERE ClaimId = ArticleClaims.Id ORDER BY Position)), '')
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Summary",
                table: "ClaimGroups",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ContentEnd",
                table: "ArticleClaims",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ContentStart",
                table: "ArticleClaims",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MeaningKey",
                table: "ArticleClaims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Mood",
                table: "ArticleClaims",
                type: "TEXT",
                nullable: false,
                // Edited by hand: claims stored before moods existed are statements (ClaimMood.Statement, by name).
                defaultValue: "Statement");

            migrationBuilder.AddColumn<bool>(
                name: "PropositionNegated",
                table: "ArticleClaims",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PropositionObject",
                table: "ArticleClaims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PropositionPredicate",
                table: "ArticleClaims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PropositionSubject",
                table: "ArticleClaims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClaimGroupOrigins",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    Origin = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimGroupOrigins", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimGroupOrigins_ClaimGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "ClaimGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClaimMeanings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Model = table.Column<string>(type: "TEXT", nullable: false),
                    Vector = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimMeanings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "ClaimMentions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Start = table.Column<int>(type: "INTEGER", nullable: false),
                    End = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimMentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimMentions_ArticleClaims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "ArticleClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleClaims_MeaningKey",
                table: "ArticleClaims",
                column: "MeaningKey");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimGroupOrigins_GroupId_Origin",
                table: "ClaimGroupOrigins",
                columns: new[] { "GroupId", "Origin" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClaimMentions_ClaimId_Position",
                table: "ClaimMentions",
                columns: new[] { "ClaimId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClaimMentions_Name",
                table: "ClaimMentions",
                column: "Name");

            migrationBuilder.Sql(MentionLinesToRows);
            migrationBuilder.Sql($"UPDATE ArticleClaims SET Entities = {LinesToJson("Entities")}, Events = {LinesToJson("Events")}");

            migrationBuilder.DropColumn(
                name: "Mentions",
                table: "ArticleClaims");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Mentions",
                table: "ArticleClaims",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(MentionRowsToLines);
            migrationBuilder.Sql($"UPDATE ArticleClaims SET Entities = {JsonToLines("Entities")}, Events = {JsonToLines("Events")}");

            migrationBuilder.DropTable(
                name: "ClaimGroupOrigins");

            migrationBuilder.DropTable(
                name: "ClaimMeanings");

            migrationBuilder.DropTable(
                name: "ClaimMentions");

            migrationBuilder.DropIndex(
                name: "IX_ArticleClaims_MeaningKey",
                table: "ArticleClaims");

            migrationBuilder.DropColumn(
                name: "Summary",
                table: "ClaimGroups");

            migrationBuilder.DropColumn(
                name: "ContentEnd",
                table: "ArticleClaims");

            migrationBuilder.DropColumn(
                name: "ContentStart",
                table: "ArticleClaims");

            migrationBuilder.DropColumn(
                name: "MeaningKey",
                table: "ArticleClaims");

            migrationBuilder.DropColumn(
                name: "Mood",
                table: "ArticleClaims");

            migrationBuilder.DropColumn(
                name: "PropositionNegated",
                table: "ArticleClaims");

            migrationBuilder.DropColumn(
                name: "PropositionObject",
                table: "ArticleClaims");

            migrationBuilder.DropColumn(
                name: "PropositionPredicate",
                table: "ArticleClaims");

            migrationBuilder.DropColumn(
                name: "PropositionSubject",
                table: "ArticleClaims");
        }
    }
}
