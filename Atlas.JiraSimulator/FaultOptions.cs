namespace Atlas.JiraSimulator;

/// <summary>Probabilities (0–1, per /rest call) of random faults, drawn from a seeded generator.</summary>
public sealed record FaultOptions
{
    /// <summary>No random faults.</summary>
    public static FaultOptions None { get; } = new();

    /// <summary>500, 502 or 504 (equally likely).</summary>
    public double ServerErrorRate { get; init; }

    /// <summary>503 with `Retry-After`.</summary>
    public double ServiceUnavailableRate { get; init; }

    /// <summary>200 with a truncated JSON body.</summary>
    public double TruncatedBodyRate { get; init; }

    /// <summary>200 with a garbage (non-JSON) body.</summary>
    public double GarbageBodyRate { get; init; }

    /// <summary>Connection aborted mid-response.</summary>
    public double DropConnectionRate { get; init; }

    /// <summary>Seed of the fault schedule, so a failing test replays the same faults.</summary>
    public int Seed { get; init; } = 7;

    /// <summary>`Retry-After` sent with injected 503s.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A mix totalling <paramref name="rate"/>: half 5xx, 30% 503, 10% dropped, 10% truncated.</summary>
    public static FaultOptions Mixed(double rate, int seed = 7) => new()
    {
        ServerErrorRate = rate * 0.5,
        ServiceUnavailableRate = rate * 0.3,
        DropConnectionRate = rate * 0.1,
        TruncatedBodyRate = rate * 0.1,
        Seed = seed,
    };
}
