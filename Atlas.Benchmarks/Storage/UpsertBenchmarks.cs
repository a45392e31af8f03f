using Atlas.Core.Storage;
using Atlas.Core.Tickets;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;

namespace Atlas.Benchmarks.Storage;

/// <summary>
/// The store's share of a sync: one page of 100 tickets written in one transaction to a real WAL database file,
/// when all are new, all unchanged (hash equal: only last_seen_run_id is touched), all changed, or changed outside the text.
/// Run: <c>dotnet run -c Release --project Atlas.Benchmarks -- --filter *UpsertBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class UpsertBenchmarks : IDisposable
{
    private const int PageSize = 100;

    private string _folder = "";
    private SqliteConnectionFactory? _connections;
    private TicketStore? _store;
    private Ticket[] _stored = [];
    private Ticket[][] _versions = [];
    private long _nextNewId = 1_000_000;
    private long _run;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "atlas-upsert-bench", Guid.NewGuid().ToString("N"));
        _connections = new SqliteConnectionFactory(Path.Combine(_folder, "atlas.db"), new SchemaMigrator(SchemaMigration.Embedded, NullLogger<SchemaMigrator>.Instance));
        _store = new TicketStore(_connections, TimeProvider.System, NullLogger<TicketStore>.Instance);
        _stored = Page(1, version: 0);
        _versions = [Page(PageSize + 1, version: 1), Page(PageSize + 1, version: 2)];
        _store.WritePageAsync(++_run, _stored, null, CancellationToken.None).GetAwaiter().GetResult();
        _store.WritePageAsync(++_run, _versions[1], null, CancellationToken.None).GetAwaiter().GetResult();
    }

    [Benchmark(Description = "page of 100: new")]
    public Task New()
    {
        var page = Page(_nextNewId, version: 0);
        _nextNewId += PageSize;
        return Store.WritePageAsync(++_run, page, null, CancellationToken.None);
    }

    [Benchmark(Baseline = true, Description = "page of 100: unchanged")]
    public Task Unchanged() => Store.WritePageAsync(++_run, _stored, null, CancellationToken.None);

    // Alternates between two versions of the same tickets so every write really changes every row.
    [Benchmark(Description = "page of 100: changed")]
    public Task Changed() => Store.WritePageAsync(++_run, _versions[_run % 2], null, CancellationToken.None);

    // Same text, other status and labels: the common incremental change, which skips re-indexing the full text.
    [Benchmark(Description = "page of 100: fields changed, text same")]
    public Task FieldsChanged() => Store.WritePageAsync(++_run, _stored.Select(t => t with
    {
        Status = _run % 2 == 0 ? "In Progress" : "To Do",
        Labels = ["checkout", $"run{_run % 2}"],
        ContentHash = $"{t.ContentHash}-{_run % 2}",
    }).ToArray(), null, CancellationToken.None);

    [GlobalCleanup]
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        _connections?.Dispose();
        _connections = null;
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private TicketStore Store => _store ?? throw new InvalidOperationException("Setup has not run.");

    private static Ticket[] Page(long firstId, int version) =>
        Enumerable.Range(0, PageSize).Select(i => Ticket(firstId + i, version)).ToArray();

    private static Ticket Ticket(long id, int version) => new()
    {
        Id = id,
        Key = $"BENCH-{id}",
        Project = "BENCH",
        Summary = $"Checkout fails for ticket {id} (v{version})",
        Description = string.Concat(Enumerable.Repeat($"Step {version}: open the cart, pay, observe the error. ", 20)),
        DescriptionAdf = """{"type":"doc","version":1,"content":[]}""",
        Status = version % 2 == 0 ? "To Do" : "In Progress",
        StatusCategory = version % 2 == 0 ? "new" : "indeterminate",
        Priority = "High",
        IssueType = "Bug",
        Assignee = new TicketUser("acc-1", "Tess Tester"),
        Reporter = new TicketUser("acc-2", "Rita Reporter"),
        Labels = ["checkout", $"v{version}"],
        Components = ["Payments"],
        FixVersions = ["2.4"],
        Created = new DateTimeOffset(2025, 1, 1, 9, 0, 0, TimeSpan.FromHours(1)),
        Updated = new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.FromHours(1)).AddMinutes(version),
        Environment = "Chrome",
        RawJson = $$$"""{"id":"{{{id}}}","key":"BENCH-{{{id}}}","fields":{"summary":"v{{{version}}}"}}""",
        ContentHash = $"bench-{id}-v{version}",
    };
}
