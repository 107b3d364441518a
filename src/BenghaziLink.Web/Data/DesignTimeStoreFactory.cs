using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BenghaziLink.Web.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without starting the app (which would ingest the seeds).
/// The connection string is never opened when scaffolding.
/// </summary>
internal sealed class DesignTimeStoreFactory : IDesignTimeDbContextFactory<BenghaziLinkDb>
{
    public BenghaziLinkDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BenghaziLinkDb>().UseSqlite("Data Source=design-time.db").Options);
}
