using Atlas.Core.Jira;
using Atlas.Core.Jira.Mcp;

namespace Atlas.Tests.Jira.Mcp;

public sealed class KeysetJqlTests
{
    [Theory]
    [InlineData("project = WRKA ORDER BY updated ASC, key ASC", null, "(project = WRKA) ORDER BY id ASC")]
    [InlineData("project = WRKA order   by key", "atlas-after-id:10042", "(project = WRKA) AND id > 10042 ORDER BY id ASC")]
    [InlineData("summary ~ \"order by\" ORDER BY key", null, "(summary ~ \"order by\") ORDER BY id ASC")]
    [InlineData("ORDER BY created DESC", "atlas-after-id:7", "id > 7 ORDER BY id ASC")]
    public void Page_Query_ReordersByIdAfterTheToken(string jql, string? token, string expected)
    {
        Assert.Equal(expected, KeysetJql.Page(jql, token));
    }

    [Fact]
    public void Page_ForeignToken_IsRefusedAsABadRequest()
    {
        Assert.Throws<JiraBadRequestException>(() => KeysetJql.Page("project = WRKA", "Mw"));
    }
}
