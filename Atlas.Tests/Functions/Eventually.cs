namespace Atlas.Tests.Functions;

/// <summary>Waits for something that happens in the background (a queued sync, a log line), polling, with a deadline.</summary>
internal static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> done, int seconds = 30)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (watch.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                throw new TimeoutException($"Still not done after {seconds} s; last value: {value}");
            }

            await Task.Delay(25);
        }
    }

    public static Task TrueAsync(Func<bool> condition, int seconds = 30) =>
        ReturnsAsync(() => Task.FromResult(condition()), done => done, seconds);
}
