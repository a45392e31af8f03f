using System.Globalization;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Data;

/// <summary>Generates the site's users and the API user ("me").</summary>
internal static class UserFactory
{
    /// <summary>Atlassian's real "Automation for Jira" app account, present on every Cloud site.</summary>
    private static readonly JiraUser Automation = new(
        "557058:f58131cb-b67d-43c7-b30d-6b58d40bd077", "Automation for Jira", null, "app", true, "UTC", "en_US", "AJ-0");

    public static IReadOnlyList<JiraUser> Create(SimulatorOptions options, out JiraUser me)
    {
        var random = SeedMix.Random(options.Seed, 1, 0);
        me = new JiraUser(UuidAccountId(random), "QA Tester", options.Email, "atlassian", true,
            options.TimeZone, options.Locale, "QT-3");
        var users = new List<JiraUser> { me, Automation };
        var names = new HashSet<string>(StringComparer.Ordinal) { me.DisplayName };
        while (users.Count < options.Users + 2)
        {
            var user = Person(random, users.Count);
            if (names.Add(user.DisplayName))
            {
                users.Add(user);
            }
        }

        return users;
    }

    private static JiraUser Person(Random random, int index)
    {
        var first = random.Pick(Vocabulary.FirstNames);
        var last = random.Pick(Vocabulary.LastNames);
        var accountId = random.Chance(0.5) ? LegacyAccountId(random) : UuidAccountId(random);
        var email = random.Chance(0.25) ? null : $"{Ascii(first)}.{Ascii(last)}@example.com".ToLowerInvariant();
        var slug = $"{first[0]}{last[0]}-{index % 6}";
        return new JiraUser(accountId, $"{first} {last}", email, "atlassian", !random.Chance(0.05),
            random.Pick(Vocabulary.TimeZones), random.Pick(Vocabulary.Locales), slug);
    }

    private static string LegacyAccountId(Random random)
    {
        Span<byte> bytes = stackalloc byte[12];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    private static string UuidAccountId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return "712020:" + new Guid(bytes).ToString("D", CultureInfo.InvariantCulture);
    }

    private static string Ascii(string name)
    {
        var normalized = name.Normalize(System.Text.NormalizationForm.FormD);
        return new string([.. normalized.Where(char.IsAsciiLetter)]);
    }
}
