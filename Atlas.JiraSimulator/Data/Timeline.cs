using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Data;

/// <summary>When a generated ticket last changed status and was last updated (created ≤ both ≤ now).</summary>
internal readonly record struct Timeline(DateTimeOffset StatusChanged, DateTimeOffset Updated)
{
    public static Timeline Pick(Random random, DateTimeOffset created, DateTimeOffset now, Status status)
    {
        var life = (now - created).TotalMilliseconds;
        var updatedFraction = status.Category.IsDone ? 0.05 + random.NextDouble() * 0.55 : 0.3 + random.NextDouble() * 0.7;
        var updated = created.AddMilliseconds(Math.Max(60_000, life * updatedFraction));
        updated = updated > now ? now : updated;
        var changed = created.AddMilliseconds((updated - created).TotalMilliseconds * (0.5 + random.NextDouble() * 0.5));
        return new Timeline(Floor(changed), Floor(updated));
    }

    public static DateTimeOffset Floor(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
}
