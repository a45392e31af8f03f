using Atlas.Core.Jql;

namespace Atlas.Tests.Jql;

/// <summary>ORDER BY: directions, defaults and the field limit.</summary>
public sealed class JqlOrderByTests
{
    [Fact]
    public void Parse_OrderBy_ReadsFieldsAndDirections()
    {
        var query = JqlTestParsing.ParseValid("project = A order by priority desc, created ASC, key");

        Assert.Equal(
            [("priority", JqlSortDirection.Descending), ("created", JqlSortDirection.Ascending), ("key", (JqlSortDirection?)null)],
            query.OrderBy.Select(sort => (sort.Field.Name, sort.Direction)));
    }

    [Fact]
    public void Parse_OrderByOnly_HasNoCondition()
    {
        var query = JqlTestParsing.ParseValid("ORDER BY updated DESC");

        Assert.Null(query.Where);
        Assert.Single(query.OrderBy);
    }

    [Fact]
    public void Parse_SevenSortFields_IsAccepted()
    {
        var query = JqlTestParsing.ParseValid("ORDER BY a, b, c, d, e, f, g");

        Assert.Equal(7, query.OrderBy.Length);
    }

    [Fact]
    public void Parse_EightSortFields_IsRefusedAtTheEighth()
    {
        var error = JqlTestParsing.ParseInvalid("ORDER BY a, b, c, d, e, f, g, hh");

        Assert.Equal(new JqlError("The ORDER BY clause may contain at most 7 fields.", 30, 2), error);
    }

    [Fact]
    public void Parse_SortByCustomFieldAndProperty_KeepsTheirSyntax()
    {
        var query = JqlTestParsing.ParseValid("order by cf[10010] desc, issue.property[x].y");

        Assert.Equal("ORDER BY cf[10010] DESC, issue.property[x].y", JqlText.Print(query));
    }
}
