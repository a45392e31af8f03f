using System.Reflection;
using Atlas.Core.Configuration;
using Atlas.Core.Jira;
using Atlas.Core.Storage;
using Microsoft.AspNetCore.Http;

namespace Atlas.Functions.Http;

/// <summary>
/// The problem an exception that escaped a function becomes. Jira's failures and settings errors carry messages written
/// for people (and free of secrets), so they are shown; anything else is logged and answered without its details.
/// </summary>
internal static class ExceptionProblems
{
    public static IResult For(Exception error, HttpRequest request) => Unwrap(error) switch
    {
        var e when SettingsErrors.Describe(e) is { } setting =>
            ApiProblems.Create(request, 500, "configuration", "Atlas is not configured correctly", setting),
        JiraAuthenticationException e => ApiProblems.Create(request, 502, "jira-credentials", "Jira refused Atlas's credentials", e.Message),
        JiraForbiddenException e => ApiProblems.Create(request, 502, "jira-forbidden", "Jira refused Atlas access", e.Message),
        JiraUnavailableException e => ApiProblems.Create(request, 503, "jira-unreachable", "Jira cannot be reached", e.Message),
        JiraException e => ApiProblems.Create(request, 502, "jira-response", "Jira answered in a way Atlas cannot use", e.Message),
        DatabaseTooNewException e => ApiProblems.Create(request, 500, "database-too-new", "The database was written by a newer Atlas", e.Message),
        ArgumentException e => ApiProblems.BadRequest(request, "The request is not valid", ApiProblems.Text(e)),
        _ => ApiProblems.Create(request, 500, "internal", "Atlas failed to answer", "An unexpected error occurred; it is in the Functions log for this invocation."),
    };

    // The function invoker may hand the user's exception over wrapped.
    private static Exception Unwrap(Exception error) => error switch
    {
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        _ => error,
    };
}
