namespace Atlas.JiraSimulator.Model;

/// <summary>An Atlassian Document Format value: its JSON (UTF-8) and the plain text that text search reads.</summary>
internal sealed record AdfDocument(byte[] Json, string PlainText);
