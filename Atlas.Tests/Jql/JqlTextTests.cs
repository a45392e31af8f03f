using Atlas.Core.Jql;

namespace Atlas.Tests.Jql;

/// <summary>Safe quoting for JQL composed from templates.</summary>
public sealed class JqlTextTests
{
    [Theory]
    [InlineData("Open", "\"Open\"")]
    [InlineData("In \"Progress\"", "\"In \\\"Progress\\\"\"")]
    [InlineData("C:\\temp", "\"C:\\\\temp\"")]
    [InlineData("two\nlines\ttab", "\"two\\nlines\\ttab\"")]
    [InlineData("bell\u0007", "\"bell\\u0007\"")]
    [InlineData("", "\"\"")]
    public void Quote_Value_EscapesWhatJqlNeeds(string value, string expected)
    {
        Assert.Equal(expected, JqlText.Quote(value));
    }

    [Theory]
    [InlineData("Open", "Open")]
    [InlineData("WRKA-12", "WRKA-12")]
    [InlineData("In Progress", "\"In Progress\"")]
    [InlineData("and", "\"and\"")]
    [InlineData("select", "\"select\"")]
    [InlineData("during", "\"during\"")]
    [InlineData("10001", "\"10001\"")]
    [InlineData("jane@example.com", "\"jane@example.com\"")]
    [InlineData("", "\"\"")]
    public void QuoteIfNeeded_Value_QuotesOnlyWhenBareWouldChangeIt(string value, string expected)
    {
        Assert.Equal(expected, JqlText.QuoteIfNeeded(value));
    }

    [Fact]
    public void Quote_RandomStrings_ParseBackToTheSameValue()
    {
        var random = new Random(424242);
        for (var i = 0; i < 2_000; i++)
        {
            var value = new string(Enumerable.Range(0, random.Next(0, 30)).Select(_ => (char)random.Next(0, 0x10000)).ToArray());

            foreach (var written in new[] { JqlText.Quote(value), JqlText.QuoteIfNeeded(value) })
            {
                var clause = Assert.IsType<JqlClause>(JqlTestParsing.ParseValid("summary ~ " + written).Where);
                Assert.Equal(value, Assert.IsType<JqlValue>(clause.Operand).Value);
            }
        }
    }

    [Fact]
    public void ToString_Query_IsTheCanonicalText()
    {
        var query = JqlTestParsing.ParseValid("status=open and not(labels in(a,b))order by key");

        Assert.Equal("status = open AND NOT labels IN (a, b) ORDER BY key", query.ToString());
    }

    [Fact]
    public void Print_TreeBuiltInCode_WritesJqlThatParses()
    {
        var clause = new JqlClause(
            new JqlField("select", false, null, null, default),
            JqlOperator.In,
            new JqlList([new JqlValue("x y", JqlValueKind.Unquoted, default), new JqlValue("oops", JqlValueKind.Number, default)], default),
            default,
            default);

        var text = JqlText.Print(new JqlQuery(clause, default));

        Assert.Equal("\"select\" IN (x\\ y, \"oops\")", text);
        Assert.Equal("[q:select In (list w:x y q:oops)]", JqlAstDump.Write(JqlTestParsing.ParseValid(text)));
    }
}
