namespace Atlas.Tests.Support;

/// <summary>Files under the shared folder; only meaningful inside a <see cref="SharedFactAttribute"/> test.</summary>
public static class SharedFolder
{
    public static string File(params string[] parts) =>
        System.IO.Path.Combine([RepositoryRoot.Shared ?? throw new InvalidOperationException("The shared folder is absent."), .. parts]);
}
