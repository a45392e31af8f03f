using Atlas.Core.Jql;

namespace Atlas.Tests.Jql;

/// <summary>Strings, escapes, words, numbers, keywords and reserved words, as Jira's lexer reads them.</summary>
public sealed class JqlLexerTests
{
    [Theory]
    [InlineData("\"a\\\"b\"", "a\"b")]
    [InlineData("'a\\'b'", "a'b")]
    [InlineData("\"back\\\\slash\"", "back\\slash")]
    [InlineData("\"new\\nline\"", "new\nline")]
    [InlineData("\"tab\\tbed\"", "tab\tbed")]
    [InlineData("\"cr\\rlf\"", "cr\rlf")]
    [InlineData("\"escaped\\ space\"", "escaped space")]
    [InlineData("\"jane\\u0040example.com\"", "jane@example.com")]
    [InlineData("\"\\u00C9t\\u00e9\"", "Été")]
    [InlineData("\"reserved + . , ; ? | * / % ^ $ # @ [ ] inside\"", "reserved + . , ; ? | * / % ^ $ # @ [ ] inside")]
    [InlineData("'single \"and\" double'", "single \"and\" double")]
    [InlineData("\"real\nnewline\"", "real\nnewline")]
    [InlineData("\"\"", "")]
    public void Parse_QuotedValue_UnescapesText(string literal, string expected)
    {
        var value = Assert.IsType<JqlValue>(SingleClause("summary ~ " + literal).Operand);

        Assert.Equal(expected, value.Value);
        Assert.Equal(JqlValueKind.Quoted, value.Kind);
    }

    [Theory]
    [InlineData("WRKA-12", "WRKA-12", JqlValueKind.Unquoted)]
    [InlineData("-5d", "-5d", JqlValueKind.Unquoted)]
    [InlineData("2026-11-27", "2026-11-27", JqlValueKind.Unquoted)]
    [InlineData("1.2.3", "1.2.3", JqlValueKind.Unquoted)]
    [InlineData("jane\\u0040example.com", "jane@example.com", JqlValueKind.Unquoted)]
    [InlineData("two\\ words", "two words", JqlValueKind.Unquoted)]
    [InlineData("\\u0031", "1", JqlValueKind.Unquoted)]
    [InlineData("-", "-", JqlValueKind.Unquoted)]
    [InlineData("10:55", "10:55", JqlValueKind.Unquoted)]
    [InlineData("12345", "12345", JqlValueKind.Number)]
    [InlineData("-42", "-42", JqlValueKind.Number)]
    [InlineData("12ab", "12ab", JqlValueKind.Unquoted)]
    [InlineData("élan", "élan", JqlValueKind.Unquoted)]
    public void Parse_BareValue_ReadsWordOrNumber(string literal, string expected, JqlValueKind kind)
    {
        var value = Assert.IsType<JqlValue>(SingleClause("x = " + literal).Operand);

        Assert.Equal((expected, kind), (value.Value, value.Kind));
    }

    [Fact]
    public void Parse_NumberValue_ExposesItsInteger()
    {
        var value = Assert.IsType<JqlValue>(SingleClause("x = -9223372036854775808").Operand);

        Assert.Equal(long.MinValue, value.Number);
    }

    [Theory]
    [InlineData("a = 1 aNd b = 2")]
    [InlineData("a = 1 && b = 2")]
    [InlineData("a = 1 & b = 2")]
    public void Parse_AndSpellings_AllMeanAnd(string text)
    {
        Assert.IsType<JqlAnd>(JqlTestParsing.ParseValid(text).Where);
    }

    [Theory]
    [InlineData("a = 1 oR b = 2")]
    [InlineData("a = 1 || b = 2")]
    [InlineData("a = 1 | b = 2")]
    public void Parse_OrSpellings_AllMeanOr(string text)
    {
        Assert.IsType<JqlOr>(JqlTestParsing.ParseValid(text).Where);
    }

    [Fact]
    public void Parse_EveryReservedWordUnquoted_IsRefusedAtItsPosition()
    {
        var reserved = JqlReservedWords.All.Where(word => !JqlKeywords.IsKeyword(word)).ToList();

        Assert.True(reserved.Count > 130);
        foreach (var word in reserved)
        {
            var error = JqlTestParsing.ParseInvalid("summary ~ " + word);
            Assert.Equal($"'{word}' is a reserved JQL word. You must surround it in quotation marks to use it in a query.", error.Message);
            Assert.Equal((10, word.Length), (error.Position, error.Length));
        }
    }

    [Theory]
    [InlineData("select")]
    [InlineData("SELECT")]
    [InlineData("and")]
    [InlineData("empty")]
    [InlineData("revoke")]
    public void Parse_ReservedWordQuoted_IsAnOrdinaryValue(string word)
    {
        var value = Assert.IsType<JqlValue>(SingleClause($"summary ~ \"{word}\"").Operand);

        Assert.Equal(word, value.Value);
    }

    [Fact]
    public void Parse_ReservedWordInOtherCase_KeepsTheCaseInTheMessage()
    {
        Assert.StartsWith("'Select' is a reserved JQL word.", JqlTestParsing.ParseInvalid("status = Select").Message);
    }

    [Theory]
    [InlineData("a = null")]
    [InlineData("a = NULL")]
    [InlineData("a = Empty")]
    public void Parse_NullAndEmpty_AreTheSameOperand(string text)
    {
        Assert.IsType<JqlEmpty>(SingleClause(text).Operand);
    }

    [Fact]
    public void Parse_NonBreakingSpace_IsPartOfAWordAsInJira()
    {
        Assert.Equal("a\u00a0b", SingleClause("a\u00a0b = c").Field.Name);
    }

    [Theory]
    [InlineData("cf[10010] = 1", "cf[10010]", 10010L)]
    [InlineData("Cf[ 42 ] = 1", "cf[42]", 42L)]
    public void Parse_CustomFieldIdSyntax_ReadsTheId(string text, string name, long id)
    {
        var field = SingleClause(text).Field;

        Assert.Equal((name, id), (field.Name, field.CustomFieldId));
    }

    [Fact]
    public void Parse_EntityProperty_ReadsKeyAndPath()
    {
        var field = SingleClause("issue.property[\"spaces here\"].value.nested = x").Field;

        Assert.Equal(new JqlFieldProperty("spaces here", "value.nested"), field.Property);
        Assert.Equal("issue.property", field.Name);
    }

    [Fact]
    public void Parse_WordAfterSpaceFollowingProperty_AsksForAnOperator()
    {
        var error = JqlTestParsing.ParseInvalid("issue.property[x.1] unresolved = b");

        Assert.StartsWith("Expecting operator but got 'unresolved'.", error.Message);
    }

    private static JqlClause SingleClause(string text) => Assert.IsType<JqlClause>(JqlTestParsing.ParseValid(text).Where);
}
