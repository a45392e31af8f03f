using System.Text.Json;
using Atlas.Core;
using Atlas.Core.Sync;

namespace Atlas.Functions.Sync;

/// <summary>A run report as one line of JSON for the log, rendered only when the line is written.</summary>
internal sealed class ReportLine(SyncReport report)
{
    private static readonly JsonSerializerOptions OneLine = new(AtlasJson.Options) { WriteIndented = false };

    public override string ToString() => JsonSerializer.Serialize(report, OneLine);
}
