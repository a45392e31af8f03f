using Microsoft.Extensions.Options;

namespace Atlas.Core.Configuration;

/// <summary>Turns a configuration failure into the one line a person reads: the setting's key and what is wrong.</summary>
public static class SettingsErrors
{
    /// <summary>The readable description of a settings problem, or null when <paramref name="error"/> is not one.</summary>
    public static string? Describe(Exception error) => error switch
    {
        OptionsValidationException invalid => string.Join(" ", invalid.Failures.Select(WithoutMemberPrefix)),
        InvalidOperationException { Message: var message } when message.Contains("configuration value at 'Atlas:", StringComparison.Ordinal) => message,
        _ => error.InnerException is { } inner ? Describe(inner) : null,
    };

    // The generated validator prefixes each message with the C# member name ("BaseUrl: ..."); ours start at the key.
    private static string WithoutMemberPrefix(string failure)
    {
        var key = failure.IndexOf("Atlas:", StringComparison.Ordinal);
        return key > 0 ? failure[key..] : failure;
    }
}
