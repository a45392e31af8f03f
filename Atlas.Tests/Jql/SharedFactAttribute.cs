namespace Atlas.Tests.Jql;

/// <summary>A fact that needs the shared Jira samples beside the repository; skipped with a reason when they are absent.</summary>
internal sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (SharedFolder.Path is null)
        {
            Skip = "The shared folder (../shared beside Atlas.Functions.sln) is not present.";
        }
    }
}

/// <summary>Finds <c>../shared</c> next to the repository root (the folder holding Atlas.Functions.sln).</summary>
internal static class SharedFolder
{
    public static string? Path { get; } = Find();

    public static string File(params string[] parts) =>
        System.IO.Path.Combine([Path ?? throw new InvalidOperationException("No shared folder."), .. parts]);

    private static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(folder.FullName, "Atlas.Functions.sln")))
            {
                var shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }
}
