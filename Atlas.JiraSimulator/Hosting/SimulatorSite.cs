using Atlas.JiraSimulator.Behaviour;
using Atlas.JiraSimulator.Data;
using Atlas.JiraSimulator.Model;
using Atlas.JiraSimulator.Rendering;
using Atlas.JiraSimulator.Search;
using Atlas.JiraSimulator.Store;

namespace Atlas.JiraSimulator.Hosting;

/// <summary>
/// One simulated Jira Cloud site: its data, clock, behaviour knobs and services. Rendering needs the base URL,
/// which is known only once Kestrel has bound its port (<see cref="Bind"/>).
/// </summary>
internal sealed class SimulatorSite
{
    private SiteServices? _bound;

    public SimulatorSite(SimulatorOptions options)
    {
        Options = options;
        Clock = new SimulatorClock(options.TimeProvider, options.ClockSkew);
        Profile = new UserProfile(options.TimeZone, options.Locale);
        Settings = new SimulatorSettings(options);
        RateLimiter = new RateLimiter(options.TimeProvider, options.RateLimit);
        Faults = new FaultInjector(options.Faults);
        var now = Clock.Now;
        var users = UserFactory.Create(options, out var me);
        Catalog = new JiraCatalog(ProjectFactory.Create(options, users, now), users, me);
        Store.Load(TicketGenerator.Generate(options.Tickets, options.Seed, Catalog, now));
        Search = new SearchService(Catalog, Store, new SearchEngine(Store, Settings, Clock, Profile), Settings, Clock, Profile);
    }

    public SimulatorOptions Options { get; }
    public SimulatorClock Clock { get; }
    public UserProfile Profile { get; }
    public SimulatorSettings Settings { get; }
    public RateLimiter RateLimiter { get; }
    public FaultInjector Faults { get; }
    public RequestCounters Counters { get; } = new();
    public JiraCatalog Catalog { get; }
    public TicketStore Store { get; } = new();
    public SearchService Search { get; }

    public SiteLinks Links => Bound.Links;

    public Fragments Fragments => Bound.Fragments;

    public IssueRenderer Renderer => Bound.Renderer;

    private SiteServices Bound => _bound ?? throw new InvalidOperationException("The simulator has not bound its address yet.");

    public void Bind(string baseUrl)
    {
        var links = new SiteLinks(baseUrl);
        var fragments = new Fragments(links);
        _bound = new SiteServices(links, fragments, new IssueRenderer(fragments, Store, Profile));
    }

    private sealed record SiteServices(SiteLinks Links, Fragments Fragments, IssueRenderer Renderer);
}
