using Atlas.Core.Configuration;
using Microsoft.Extensions.Options;

namespace Atlas.Core.Scheduling;

/// <summary>
/// <c>Atlas:Sync</c> settings of the scheduled sync's retries: a failed run is tried again after
/// <see cref="RetryDelay"/>, then after twice that, and so on, until <see cref="MaxAttempts"/> runs have failed.
/// </summary>
internal sealed class SyncRetryOptions
{
    /// <summary>Runs per scheduled occurrence at most, the first included. Default 3.</summary>
    [SettingRange(1, 10, ErrorMessage = "Atlas:Sync:MaxAttempts must be between 1 and 10.")]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The wait before the second run; doubled before each later one. Default one minute.</summary>
    [SettingRange("00:00:00", "06:00:00", ErrorMessage = "Atlas:Sync:RetryDelay must be between 00:00:00 and 06:00:00.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1-based): 1×, 2×, 4× <see cref="RetryDelay"/>...</summary>
    public TimeSpan DelayAfter(int attempt) => RetryDelay * Math.Pow(2, attempt - 1);
}

[OptionsValidator]
internal sealed partial class SyncRetryOptionsValidator : IValidateOptions<SyncRetryOptions>;
