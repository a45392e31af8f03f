using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Data;

/// <summary>Generates ADF descriptions that use most of what testers meet in real tickets.</summary>
internal static class DescriptionFactory
{
    private static readonly (string ShortName, string Id, string Text)[] Emojis =
    [
        (":tada:", "1f389", "🎉"), (":warning:", "atlassian-warning", "⚠️"), (":bug:", "1f41b", "🐛"), (":white_check_mark:", "2705", "✅"),
    ];

    public static AdfDocument? Create(Random random, string summary, IReadOnlyList<JiraUser> users)
    {
        if (random.Chance(0.12))
        {
            return null;
        }

        using var adf = new AdfBuilder();
        adf.Paragraph(AdfInline.Plain(summary + ". "), AdfInline.Plain(random.Pick(Vocabulary.Sentences)));
        var extras = random.Next(1, 5);
        for (var i = 0; i < extras; i++)
        {
            AddBlock(adf, random, users);
        }

        return adf.Build();
    }

    private static void AddBlock(AdfBuilder adf, Random random, IReadOnlyList<JiraUser> users)
    {
        switch (random.Next(8))
        {
            case 0:
                adf.Heading(random.Next(2, 4), "Steps to reproduce");
                adf.OrderedList(random.Sample(Vocabulary.Sentences, 3));
                break;
            case 1:
                adf.BulletList(random.Sample(Vocabulary.Conditions, 2).Select(c => "Happens " + c));
                break;
            case 2:
                adf.CodeBlock("json", "{\"error\":\"" + random.Pick(Vocabulary.Failures) + "\",\"status\":500}");
                break;
            case 3:
                adf.Quote(random.Pick(Vocabulary.Sentences));
                break;
            case 4:
                adf.Paragraph(AdfInline.Mention(random.Pick(users)), AdfInline.Plain(" can you take a look? "),
                    AdfInline.Link("runbook", "https://wiki.example.com/runbooks/" + random.Next(100, 999)));
                break;
            case 5:
                adf.Table([["Browser", "Result"], ["Chrome", "pass"], ["Safari", random.Chance(0.5) ? "fail" : "pass"]]);
                break;
            case 6:
                var emoji = random.Pick(Emojis);
                adf.Paragraph(AdfInline.Strong("Expected:"), AdfInline.Plain(" " + random.Pick(Vocabulary.Sentences)),
                    AdfInline.Break, AdfInline.Code("retry=3"), AdfInline.Plain(" "), AdfInline.Emoji(emoji.ShortName, emoji.Id, emoji.Text));
                break;
            default:
                adf.Paragraph(AdfInline.Plain(random.Pick(Vocabulary.Sentences)));
                adf.Rule();
                break;
        }
    }
}
