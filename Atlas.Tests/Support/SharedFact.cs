namespace Atlas.Tests.Support;

/// <summary>A fact that needs <c>../shared</c> (Jira samples, OpenAPI) beside the repository; skipped when it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (SharedFolder.Path is null)
        {
            Skip = "The shared folder (../shared beside Atlas.Functions.sln) is absent.";
        }
    }
}

/// <summary>
/// Finds <c>../shared</c> from the test binaries by walking up to the folder holding Atlas.Functions.sln; the
/// <c>ATLAS_SHARED_DIR</c> environment variable overrides it (for checkouts that do not sit beside shared/).
/// </summary>
public static class SharedFolder
{
    public static string? Path { get; } = Find();

    /// <summary>The full path of a file under the shared folder (only meaningful in a <see cref="SharedFactAttribute"/> test).</summary>
    public static string File(params string[] parts) => System.IO.Path.Combine([Path ?? "", .. parts]);

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("ATLAS_SHARED_DIR") is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? configured : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Atlas.Functions.sln")))
            {
                var shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }
}
