using System.Text;
using System.Text.Json;
using Atlas.Core.Jira;
using Atlas.Core.Tickets;
using Atlas.JiraSimulator;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;

namespace Atlas.Benchmarks.Jira;

/// <summary>
/// Atlas's CPU share of a search page: parsing 100 issues as the simulator renders them (ADF descriptions, users,
/// custom fields) and mapping them to tickets (ADF to text, validation, hash).
/// Run: <c>dotnet run -c Release --project Atlas.Benchmarks -- --filter *PageParsing*</c>.
/// </summary>
[MemoryDiagnoser]
public class PageParsingBenchmarks
{
    private readonly TicketMapper _mapper = new(NullLogger<TicketMapper>.Instance);
    private byte[] _page = [];

    [GlobalSetup]
    public async Task Setup()
    {
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = 100 });
        using var client = jira.CreateClient();
        using var body = new StringContent("""{"jql":"project in (WRKA, WMB, QA, PAY, MOB) ORDER BY key","maxResults":100,"fields":["*navigable"]}""", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("rest/api/3/search/jql", UriKind.Relative), body);
        _page = await response.Content.ReadAsByteArrayAsync();
    }

    [Benchmark(Description = "parse a page of 100 issues")]
    public int Parse()
    {
        using var page = JiraSearchPage.Parse(JsonDocument.Parse(_page), null);
        return page.Issues.Count;
    }

    [Benchmark(Description = "parse and map a page of 100 issues")]
    public int ParseAndMap()
    {
        using var page = JiraSearchPage.Parse(JsonDocument.Parse(_page), null);
        return _mapper.MapPage(page).Count(m => m.IsAccepted);
    }
}
