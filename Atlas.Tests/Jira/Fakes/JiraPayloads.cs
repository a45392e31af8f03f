namespace Atlas.Tests.Jira.Fakes;

/// <summary>Small Jira response bodies shaped like the samples in shared/jira/samples.</summary>
internal static class JiraPayloads
{
    public const string Myself = """
        {"accountId":"5b10a2844c20165700ede21g","accountType":"atlassian","active":true,"displayName":"Mia Krystof",
         "emailAddress":"mia@example.com","timeZone":"Australia/Sydney","locale":"en_US"}
        """;

    public const string InvalidJql = """
        {"errorMessages":["Error in the JQL Query: 'INT' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 11)"],"errors":{}}
        """;

    public const string SearchRemoved = """
        {"errorMessages":["The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046"],"errors":{}}
        """;

    public const string Unauthorized = """{"message":"Client must be authenticated to access this resource.","status-code":401}""";

    /// <summary>A search page holding minimal issues with the given ids (keys WRKA-id).</summary>
    public static string SearchPage(string? nextPageToken, bool isLast, params int[] ids)
    {
        var issues = string.Join(",", ids.Select(id => $$$"""{"id":"{{{id}}}","key":"WRKA-{{{id}}}","fields":{"summary":"Issue {{{id}}}"}}"""));
        var token = nextPageToken is null ? "" : $"\"nextPageToken\":\"{nextPageToken}\",";
        return $$"""{"issues":[{{issues}}],{{token}}"isLast":{{(isLast ? "true" : "false")}}}""";
    }
}
