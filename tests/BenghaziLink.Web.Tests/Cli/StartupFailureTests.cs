using BenghaziLink.Web.Cli;
using BenghaziLink.Web.Data;
using Microsoft.AspNetCore.Connections;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BenghaziLink.Web.Tests.Cli;

/// <summary>What each start-up failure reads as; the processes that show it end to end are in <see cref="StartupFailureProcessTests"/>.</summary>
public sealed class StartupFailureTests
{
    private const string Store = "/data/store.db";

    [Theory]
    [InlineData(26, "the store at /data/store.db is not a SQLite database (file is not a database); move it away or point ConnectionStrings:BenghaziLink elsewhere")]
    [InlineData(11, "the store at /data/store.db is corrupt (database disk image is malformed); move it away and ingest again, restore a copy, or point ConnectionStrings:BenghaziLink elsewhere")]
    [InlineData(8, "the store at /data/store.db is read-only (attempt to write a readonly database); make it writable or point ConnectionStrings:BenghaziLink elsewhere")]
    [InlineData(14, "the store at /data/store.db cannot be opened (unable to open database file); check that its folder exists and can be written, or point ConnectionStrings:BenghaziLink elsewhere")]
    [InlineData(13, "the disk holding the store at /data/store.db is full (database or disk is full); free some space or point ConnectionStrings:BenghaziLink elsewhere")]
    [InlineData(8 | (1 << 8), "the store at /data/store.db is read-only")]
    public void Describe_SqliteErrorOfTheStore_OneLineNamingTheStore(int code, string expected)
    {
        var line = StartupFailure.Describe(new SqliteException($"SQLite Error {code}.", code), Store);

        Assert.NotNull(line);
        Assert.StartsWith(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_WriteThroughAReadOnlyConnection_SaysTheStoreIsReadOnly()
    {
        var path = Path.Combine(Path.GetTempPath(), $"benghazilink-readonly-{Guid.NewGuid():N}.db");
        try
        {
            using (var create = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                create.Open();
                Execute(create, "CREATE TABLE Notes (Text TEXT)");
            }
            // As root, file modes do not stop a write; a read-only connection does, with the same SQLite error.
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();

            var error = Assert.Throws<SqliteException>(() => Execute(connection, "INSERT INTO Notes VALUES ('x')"));

            Assert.StartsWith($"the store at {path} is read-only", StartupFailure.Describe(error, path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Describe_CausesWrappedAsTheHostWrapsThem_TheCauseLine()
    {
        var wrapped = new AggregateException(new InvalidOperationException("while starting", new StoreUnavailableException("the store at x.db holds schema 99, newer than this release")));

        Assert.Equal("the store at x.db holds schema 99, newer than this release", StartupFailure.Describe(wrapped));
    }

    [Fact]
    public void Describe_SettingsAndPort_OneLineEach()
    {
        var options = new OptionsValidationException("Ingestion", typeof(object), ["MaxArticleBytes must be positive"]);
        var port = new IOException("Failed to bind to address http://127.0.0.1:5080: address already in use.", new AddressInUseException("Address in use"));

        Assert.Equal("a setting is not valid: MaxArticleBytes must be positive", StartupFailure.Describe(options));
        Assert.Equal("Failed to bind to address http://127.0.0.1:5080: address already in use; stop whatever listens there or choose another address with --urls", StartupFailure.Describe(port));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Describe_AnyOtherFailure_Null(int sqliteCode)
    {
        Assert.Null(StartupFailure.Describe(new InvalidOperationException("boom")));
        Assert.Null(StartupFailure.Describe(new SqliteException("other", sqliteCode)));
    }

    [Fact]
    public void Report_KnownFailure_OneLineExitTwoNothingLogged()
    {
        var error = new StringWriter();
        var logger = new RecordingLogger();

        var exit = StartupFailure.Report(new SqliteException("SQLite Error 26.", 26), Store, logger, error);

        Assert.Equal(2, exit);
        Assert.Equal("benghazilink: the store at /data/store.db is not a SQLite database (file is not a database); move it away or point ConnectionStrings:BenghaziLink elsewhere\n", error.ToString().ReplaceLineEndings("\n"));
        Assert.Empty(logger.Exceptions);
    }

    [Fact]
    public void Report_UnexpectedFailure_OneLineExitOneAndTheWholeExceptionLogged()
    {
        var error = new StringWriter();
        var logger = new RecordingLogger();
        var boom = new InvalidOperationException("boom\nsecond line");

        var exit = StartupFailure.Report(new AggregateException(boom), Store, logger, error);

        Assert.Equal(1, exit);
        Assert.Equal("benghazilink: unexpected error: System.InvalidOperationException: boom second line; details in the log\n", error.ToString().ReplaceLineEndings("\n"));
        Assert.Same(boom, Assert.IsType<AggregateException>(Assert.Single(logger.Exceptions)).InnerExceptions[0]);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<Exception> Exceptions { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is not null) Exceptions.Add(exception);
        }
    }
}
