using System.Text;
using Atlas.Core.Jql;
using JqlApi = Atlas.Core.Jql.Jql;

namespace Atlas.Tests.Jql;

/// <summary>Hostile input: the parser must answer every string, without throwing or hanging, with errors that point inside it.</summary>
public sealed class JqlFuzzTests
{
    private const int Seed = 20261127;

    private static readonly string[] Pieces =
    [
        "status", "assignee", "created", "summary", "cf", "[", "]", "10010", "customfield_10010", "issue.property", ".prop",
        "=", "!=", "~", "!~", "<", ">", "<=", ">=", "(", ")", ",", "!", "&&", "||", "&", "|",
        "AND", "or", "NOT", "in", "is", "empty", "NULL", "was", "changed", "after", "before", "by", "during", "on", "from", "to",
        "order", "by", "asc", "DESC", "currentUser()", "now(", "startOfDay(-1d)", "membersOf(", "-5d", "\"4w 2d\"", "2026-11-27",
        "\"a b\"", "'x'", "\"", "'", "\\", "\\u0040", "\\u12", "\\q", "@", "#", "$", "{", "}", "select", "int", "WRKA-12",
        "-", "12345678901234567890", "\u007f", "\u0000", "\uffff", "\ud800", "\t", "\n", " ", "  ",
    ];

    [Fact]
    public void Parse_TwentyThousandRandomInputs_NeverThrowsAndPointsInside()
    {
        var random = new Random(Seed);
        var valid = JqlValidQueryTests.ValidQueries().Select(row => (string)row[0]).ToArray();
        var parsedSomething = 0;

        for (var i = 0; i < 20_000; i++)
        {
            var text = (i % 3) switch
            {
                0 => RandomCharacters(random, random.Next(0, 80)),
                1 => TokenSoup(random, random.Next(0, 25)),
                _ => Mutate(random, valid[random.Next(valid.Length)]),
            };

            parsedSomething += CheckOne(text) ? 1 : 0;
        }

        Assert.InRange(parsedSomething, 500, 19_500);
    }

    [Fact]
    public void Parse_FiveThousandRandomByteStrings_NeverThrowsAndPointsInside()
    {
        var random = new Random(Seed + 1);
        for (var i = 0; i < 5_000; i++)
        {
            var bytes = new byte[random.Next(0, 120)];
            random.NextBytes(bytes);

            // Bytes as a host would receive them: decoded as UTF-8 (invalid sequences become U+FFFD) and as Latin-1.
            CheckOne(Encoding.UTF8.GetString(bytes));
            CheckOne(Encoding.Latin1.GetString(bytes));
        }
    }

    [Theory]
    [InlineData("(", 10_000)]
    [InlineData("NOT ", 10_000)]
    [InlineData("! ", 10_000)]
    public void Parse_TenThousandLevelsOfNesting_StopsAtTheDepthLimit(string opener, int count)
    {
        var text = string.Concat(Enumerable.Repeat(opener, count)) + "a = b";

        var error = Assert.Single(JqlApi.Parse(text).Errors);

        Assert.Equal("The query nests parentheses, NOT and lists more than 100 levels deep.", error.Message);
        Assert.Equal(100 * opener.Length, error.Position);
    }

    [Fact]
    public void Parse_TenThousandNestedLists_StopsAtTheDepthLimit()
    {
        var error = Assert.Single(JqlApi.Parse("a in " + new string('(', 10_000)).Errors);

        Assert.Equal(5 + 100, error.Position);
    }

    [Fact]
    public void Parse_HundredLevels_IsStillAccepted()
    {
        var text = new string('(', 100) + "a = b" + new string(')', 100);

        Assert.Empty(JqlApi.Parse(text).Errors);
    }

    [Fact]
    public void Parse_MegabyteStringLiteral_ParsesWhole()
    {
        var literal = new string('x', 1_000_000);

        var result = JqlApi.Parse($"summary ~ \"{literal}\"");

        var clause = Assert.IsType<JqlClause>(result.Query?.Where);
        Assert.Equal(literal.Length, Assert.IsType<JqlValue>(clause.Operand).Value.Length);
    }

    [Fact]
    public void Parse_MegabyteOfGarbage_ReportsOneErrorInside()
    {
        var text = RandomCharacters(new Random(Seed), 1_000_000);

        var result = JqlApi.Parse(text);

        var error = Assert.Single(result.Errors);
        Assert.InRange(error.Position, 0, text.Length);
        Assert.StartsWith("Error in the JQL Query: ", error.ToJiraMessage(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TwentyThousandClauseChain_IsOneFlatAnd()
    {
        var text = string.Join(" AND ", Enumerable.Repeat("status = Open", 20_000));

        var result = JqlApi.Parse(text);

        Assert.True(result.IsValid);
        Assert.Equal(20_000, Assert.IsType<JqlAnd>(result.Query!.Where).Operands.Length);
        Assert.Equal(text, JqlText.Print(result.Query));
    }

    /// <summary>Parses one input and checks the answer; true when it parsed.</summary>
    private static bool CheckOne(string text)
    {
        var result = JqlApi.Parse(text);
        foreach (var problem in result.Errors.Concat(result.OfflineBlockers))
        {
            Assert.True(problem.Position >= 0 && problem.Length >= 0 && problem.Position + problem.Length <= text.Length, $"{problem} out of '{text}'");
            Assert.False(string.IsNullOrWhiteSpace(problem.ToJiraMessage(text)));
        }

        Assert.Equal(result.Query is null, result.Errors.Count == 1 && result.Errors[0].Kind == JqlErrorKind.Syntax);
        if (result.Query is null)
        {
            return false;
        }

        var reprinted = JqlTestParsing.ParseValid(JqlText.Print(result.Query));
        Assert.Equal(JqlAstDump.Write(result.Query), JqlAstDump.Write(reprinted));
        return true;
    }

    private static string RandomCharacters(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : (char)random.Next(0x20, 0x7f));
        }

        return builder.ToString();
    }

    private static string TokenSoup(Random random, int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? string.Empty : " ");
        }

        return builder.ToString();
    }

    private static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(builder.Length + 1);
            switch (random.Next(3))
            {
                case 0 when at < builder.Length:
                    builder.Remove(at, 1);
                    break;
                case 1:
                    builder.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                default:
                    builder.Insert(at, (char)random.Next(0x20, 0x7f));
                    break;
            }
        }

        return builder.ToString();
    }
}
