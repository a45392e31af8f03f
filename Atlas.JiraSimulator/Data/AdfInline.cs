using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Data;

internal enum AdfInlineKind
{
    Text,
    Strong,
    Code,
    Link,
    Mention,
    Emoji,
    HardBreak,
}

/// <summary>An inline ADF node: text (optionally marked), a mention, an emoji or a hard break.</summary>
internal readonly record struct AdfInline(AdfInlineKind Kind, string Text, string? Attribute = null, string? Extra = null)
{
    public static AdfInline Plain(string text) => new(AdfInlineKind.Text, text);

    public static AdfInline Strong(string text) => new(AdfInlineKind.Strong, text);

    public static AdfInline Code(string text) => new(AdfInlineKind.Code, text);

    public static AdfInline Link(string text, string href) => new(AdfInlineKind.Link, text, href);

    public static AdfInline Mention(JiraUser user) => new(AdfInlineKind.Mention, "@" + user.DisplayName, user.AccountId);

    public static AdfInline Emoji(string shortName, string id, string text) => new(AdfInlineKind.Emoji, text, shortName, id);

    public static AdfInline Break { get; } = new(AdfInlineKind.HardBreak, "\n");
}
