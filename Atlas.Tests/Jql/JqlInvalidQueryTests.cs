using Atlas.Core.Jql;

namespace Atlas.Tests.Jql;

/// <summary>Queries Jira refuses, with Jira's message and where it points (0-based).</summary>
/// <remarks>Most rows come from Jira's own JQL parser tests (TestJqlParsing) and the error samples in shared/jira/samples.</remarks>
public sealed class JqlInvalidQueryTests
{
    private const string Operators = "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
    private const string Escapes = "The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.";
    private const string Reserved = "is a reserved JQL word. You must surround it in quotation marks to use it in a query.";
    private const string NumberRange = "Numbers must be between -9,223,372,036,854,775,808 and 9,223,372,036,854,775,807.";

    public static TheoryData<string, string, int, int> InvalidQueries() => new()
    {
        { "invalid query", $"Expecting operator but got 'query'. {Operators}", 8, 5 },
        { "project = INT", $"'INT' {Reserved}", 10, 3 },
        { "summary ~ abort", $"'abort' {Reserved}", 10, 5 },
        { "pri notin (x)", $"'notin' {Reserved}", 4, 5 },
        { "status = select()", $"'select' {Reserved}", 9, 6 },
        { "a = \\u0061nd", $"'and' {Reserved}", 4, 8 },
        { "comment ~ 'test", "The quoted string 'test' has not been completed.", 10, 5 },
        { "comment ~ '", "The quoted string has not been completed.", 10, 1 },
        { "priority=\"test\nword", "The quoted string 'test word' has not been completed.", 9, 10 },
        { "priority = \"\"\"", "The quoted string has not been completed.", 13, 1 },
        { "comme\\unt ~ 'test", $"'\\un' is an illegal JQL escape sequence. {Escapes}", 5, 3 },
        { "test = case\\k", $"'\\k' is an illegal JQL escape sequence. {Escapes}", 11, 2 },
        { "test = case\\u278q", $"'\\u278q' is an illegal JQL escape sequence. {Escapes}", 11, 6 },
        { "test = case\\u27", $"'\\u27' is an illegal JQL escape sequence. {Escapes}", 11, 4 },
        { "test = case\\", $"The escape sequence has not been completed. {Escapes}", 11, 1 },
        { "test = \"case\\k\"", $"'\\k' is an illegal JQL escape sequence. {Escapes}", 12, 2 },
        { "'test\\u", $"'\\u' is an illegal JQL escape sequence. {Escapes}", 5, 2 },
        { "mine{www = qwwr", "The character '{' is a reserved JQL character. You must enclose it in a string or use the escape '\\u007b' instead.", 4, 1 },
        { "minewww# = qwwr", "The character '#' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0023' instead.", 7, 1 },
        { "minewww = qwwr}", "The character '}' is a reserved JQL character. You must enclose it in a string or use the escape '\\u007d' instead.", 14, 1 },
        { "reporter=a/user/with/slash", "The character '/' is a reserved JQL character. You must enclose it in a string or use the escape '\\u002f' instead.", 10, 1 },
        { "assignee = jane@example.com", "The character '@' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0040' instead.", 15, 1 },
        { "$status = open", "The character '$' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0024' instead.", 0, 1 },
        { "minewww =\u007fqwwr", "The character 'U+007F' on line 1 at position 10 must be escaped. Use the escape '\\u007f' instead.", 9, 1 },
        { "mqwwr=\"\u007f this is broken\"", "The character 'U+007F' on line 1 at position 8 must be escaped. Use the escape '\\u007f' instead.", 7, 1 },
        { "control = 'char\t'", "The character 'TAB' on line 1 at position 16 must be escaped. Use the escape '\\t' instead.", 15, 1 },
        { "c = q\uffff", "The character 'U+FFFF' on line 1 at position 6 must be escaped. Use the escape '\\uffff' instead.", 5, 1 },
        { "aaaaa=-3482094382084092840932809482", $"'-3482094382084092840932809482' is not a valid number. {NumberRange}", 6, 29 },
        { "cf[1002020202002020202020202020020202822]=a", $"'1002020202002020202020202020020202822' is not a valid number. {NumberRange}", 3, 37 },
        { "a =b order", "Expecting 'by' before the end of the query.", 10, 0 },
        { "a =b order summary", "Expecting 'by' but got 'summary'.", 11, 7 },
        { "a =b order by", "Expecting a field name at the end of the query.", 13, 0 },
        { "a =b order by asc", "Expecting a field name but got 'asc'. You must surround 'asc' in quotation marks to use it as a field name.", 14, 3 },
        { "a =b order by ajsks blah", "Expecting either 'ASC' or 'DESC' but got 'blah'.", 20, 4 },
        { "order BY abc \"ASC\"", "Expecting either 'ASC' or 'DESC' but got 'ASC'.", 13, 5 },
        { "a =b order by \"\" desc", "A field name cannot be empty.", 14, 2 },
        { "'' = c", "A field name cannot be empty.", 0, 2 },
        { "a = ''()", "A function name cannot be empty.", 4, 2 },
        { "a", $"Expecting operator before the end of the query. {Operators}", 1, 0 },
        { "a blah >", $"Expecting operator but got 'blah'. {Operators}", 2, 4 },
        { "pri isnot empty", $"Expecting operator but got 'isnot'. {Operators}", 4, 5 },
        { "a =a and j not is empty", "Expecting 'IN' but got 'is'.", 15, 2 },
        { "a =a and j is ! empty", "Expecting 'NOT' but got '!'.", 14, 1 },
        { "a not was \"Open\"", "Expecting 'IN' but got 'was'.", 6, 3 },
        { "cf", "Expecting '[' before the end of the query.", 2, 0 },
        { "a = b and not (cf = 6)", "Expecting '[' but got '='.", 18, 1 },
        { "cf[", "Expecting a custom field id (a positive number) before the end of the query.", 3, 0 },
        { "cf[ = 9", "Expecting a custom field id (a positive number) but got '='.", 4, 1 },
        { "cf[] = 1", "Expecting a custom field id (a positive number) but got ']'.", 3, 1 },
        { "cf[29829k] = ", "Expecting a custom field id (a positive number) but got '29829k'.", 3, 6 },
        { "cf[-29829] = ", "Expecting a custom field id (a positive number) but got '-29829'.", 3, 6 },
        { "cf[29829 = world", "Expecting ']' but got '='.", 9, 1 },
        { "cf[29829", "Expecting ']' before the end of the query.", 8, 0 },
        { "issue.property[x = x", "Expecting ']' but got '='.", 17, 1 },
        { "a = func(", "Expecting ')' before the end of the query.", 9, 0 },
        { "a = func(, and not (a = x)", "Expecting ')' but got ','.", 9, 1 },
        { "b=func(bad", "Expecting ')' before the end of the query.", 10, 0 },
        { "bas=func(bad,)", "Function argument must be specified.", 13, 1 },
        { "bas=func(bad,", "Expecting a function argument at the end of the query.", 13, 0 },
        { "k = func(!", "Expecting a function argument but got '!'. You must surround '!' in quotation marks to use it as an argument.", 9, 1 },
        { "k = func(abc, jk!)", "Expecting ')' or ',' but got '!'.", 16, 1 },
        { "(a=b and c = d", "Expecting ')' before the end of the query.", 14, 0 },
        { "a=b or (c=d and not l ~ kate", "Expecting ')' before the end of the query.", 28, 0 },
        { "b in ((12, (288)", "Expecting ')' before the end of the query.", 16, 0 },
        { "abc IN ((foo) abc = a", "Expecting ')' but got 'abc'.", 14, 3 },
        { "a in (b c)", "Expecting ',' or ')' but got 'c'.", 8, 1 },
        { "a=", "Expecting either a value, list or function before the end of the query.", 2, 0 },
        { "a=!", "Expecting either a value, list or function but got '!'. You must surround '!' in quotation marks to use it as a value.", 2, 1 },
        { "status in (", "Expecting either a value, list or function before the end of the query.", 11, 0 },
        { "a=(a,(,bad))", "Expecting either a value, list or function but got ','. You must surround ',' in quotation marks to use it as a value.", 6, 1 },
        { "a was", "Expecting either a value, list or function before the end of the query.", 5, 0 },
        { "a=b c=d", "Expecting either 'OR' or 'AND' but got 'c'.", 4, 1 },
        { "a=b !c=d", "Expecting either 'OR' or 'AND' but got '!'.", 4, 1 },
        { "a=b,b", "Expecting either 'OR' or 'AND' but got ','.", 3, 1 },
        { "abc in (foo))", "Expecting either 'OR' or 'AND' but got ')'.", 12, 1 },
        { "project = ENG status = Done", "Expecting either 'OR' or 'AND' but got 'status'.", 14, 6 },
        { "query = hello\nworld", "Expecting either 'OR' or 'AND' but got 'world'.", 14, 5 },
        { "assignee was (fred, bob) at '10:55'", "Expecting either 'OR' or 'AND' but got 'at'.", 25, 2 },
        { "comment !~ \"brenden\" jack = jill", "Expecting either 'OR' or 'AND' but got 'jack'.", 21, 4 },
        { "a = ((c,d), d, e, f, yyy) and", "Expecting a field name at the end of the query.", 29, 0 },
        { "comment !~ \"brenden\" and cf[1000] = jill order by a desc b", "Expecting ',' but got 'b'.", 57, 1 },
        { "order by a desc d", "Expecting ',' but got 'd'.", 16, 1 },
        { ", a = b", "Expecting a field name but got ','. You must surround ',' in quotation marks to use it as a field name.", 0, 1 },
        { "a=b and not not=b", "Expecting a field name but got '='. You must surround '=' in quotation marks to use it as a field name.", 15, 1 },
        { "[brenden] = a", "Expecting a field name but got '['. Did you mean 'cf['?", 0, 1 },
        { "a = brenden and [78] = q", "Expecting a field name but got '['. Did you mean 'cf['?", 16, 1 },
        { "status = \"Open\" by admin", "The EQUALS operator does not support the use of the by \"admin\" predicate.", 16, 8 },
        { "status = todo AFTER now", "The EQUALS operator does not support the use of the after \"now\" predicate.", 14, 9 },
        { "fixVersion changed 4 by \"I can type complete rubbish here\"", "The CHANGED operator does not support the use of values without predicates. You must prefix the 4 value with a suitable predicate.", 19, 1 },
        { "status changed todo", "The CHANGED operator does not support the use of values without predicates. You must prefix the \"todo\" value with a suitable predicate.", 15, 4 },
        { "(", "Expecting a field name at the end of the query.", 1, 0 },
        { "not not", "Expecting a field name at the end of the query.", 7, 0 },
        { "and and", "Expecting a field name but got 'and'. You must surround 'and' in quotation marks to use it as a field name.", 0, 3 },
        { "!=", "Expecting a field name but got '!='. You must surround '!=' in quotation marks to use it as a field name.", 0, 2 },
        { "a = b order BY abc desc,", "Expecting a field name at the end of the query.", 24, 0 },
        { "status in", "Expecting either a value, list or function before the end of the query.", 9, 0 },
        { "pri is not", "Expecting either a value, list or function before the end of the query.", 10, 0 },
        { "issuetype[", "Expecting a function argument at the end of the query.", 10, 0 },
        { "issue.property[] = x", "Expecting a property id but got ']'. You must surround ']' in quotation marks to use it as a value.", 15, 1 },
        { "issue.property[y]..z = 1", "Expecting a property id but got '..z'. You must surround '..z' in quotation marks to use it as a value.", 17, 3 },
        { "a = 1 ORDER BY a, b, c, d, e, f, g, h", "The ORDER BY clause may contain at most 7 fields.", 36, 1 },
    };

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public void Parse_InvalidQuery_ReportsJirasMessageAndPosition(string text, string message, int position, int length)
    {
        var error = JqlTestParsing.ParseInvalid(text);

        Assert.Equal(message, error.Message);
        Assert.Equal((position, length), (error.Position, error.Length));
        Assert.Equal(JqlErrorKind.Syntax, error.Kind);
    }

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public void Parse_InvalidQuery_IsInvalidWithOneErrorAndNoTree(string text, string message, int position, int length)
    {
        var result = Core.Jql.Jql.Parse(text);

        Assert.False(result.IsValid);
        Assert.Null(result.Query);
        Assert.Equal(new JqlError(message, position, length), Assert.Single(result.Errors));
    }

    [Fact]
    public void InvalidQueries_Table_HasAtLeastThirtyRows()
    {
        Assert.True(InvalidQueries().Count >= 30);
    }
}
