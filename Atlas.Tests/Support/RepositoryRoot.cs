namespace Atlas.Tests.Support;

/// <summary>Finds the repository root (the folder with Atlas.Functions.sln) and the shared folder beside it.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = FindRoot();

    /// <summary>
    /// `../shared` next to the repository (a worktree may sit one level deeper, so the search goes up a level
    /// more), or the folder named by ATLAS_SHARED_DIR; null when absent.
    /// </summary>
    public static string? Shared { get; } = FindShared();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Atlas.Functions.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No Atlas.Functions.sln above {AppContext.BaseDirectory}.");
    }

    private static string? FindShared()
    {
        if (Environment.GetEnvironmentVariable("ATLAS_SHARED_DIR") is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? configured : null;
        }

        var candidates = new[] { System.IO.Path.Combine(Path, "..", "shared"), System.IO.Path.Combine(Path, "..", "..", "shared") };
        return candidates.Select(System.IO.Path.GetFullPath).FirstOrDefault(c => Directory.Exists(System.IO.Path.Combine(c, "jira")));
    }
}
