using Atlas.Core.Jql;

namespace Atlas.Functions.Http;

/// <summary>
/// Atlas.Core's messages tell a CLI user which flag or command to use; over HTTP the same advice names the query value
/// or route instead.
/// </summary>
internal static class HostWording
{
    private static readonly (string Cli, string Http)[] Phrases =
    [
        ("Run with --live.", "Ask with source=live."),
        ("run `atlas sync` first", "start one with POST sync first"),
        ("`atlas templates` lists them", "GET jql/templates lists them"),
    ];

    public static string Of(string? message) =>
        Phrases.Aggregate(message ?? "", (text, phrase) => text.Replace(phrase.Cli, phrase.Http, StringComparison.Ordinal));

    public static IReadOnlyList<JqlError> Of(IReadOnlyList<JqlError> errors) =>
        [.. errors.Select(error => error with { Message = Of(error.Message) })];
}
