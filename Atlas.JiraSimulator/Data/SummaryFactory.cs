using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Data;

/// <summary>Type-appropriate ticket summaries.</summary>
internal static class SummaryFactory
{
    public static string Create(Random random, IssueType type)
    {
        var subject = random.Pick(Vocabulary.Subjects);
        return type.Name switch
        {
            "Bug" => $"{Capitalize(subject)} {random.Pick(Vocabulary.Failures)} {random.Pick(Vocabulary.Conditions)}",
            "Story" => $"As a customer I want a better {subject} {random.Pick(Vocabulary.StoryGoals)}",
            "Epic" => $"{Capitalize(subject)} overhaul",
            _ => $"{random.Pick(Vocabulary.Actions)} {subject}",
        };
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
