namespace Atlas.Tests.Support;

/// <summary>A fact that needs `../shared` (the Jira OpenAPI document and samples); skipped with a reason when it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (RepositoryRoot.Shared is null)
        {
            Skip = $"The shared folder (../shared with jira/openapi and jira/samples) was not found next to {RepositoryRoot.Path}.";
        }
    }
}
