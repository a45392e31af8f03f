namespace Atlas.JiraSimulator.Jql.Semantics;

internal enum JqlFieldType
{
    Project,
    IssueKey,
    Status,
    StatusCategory,
    Priority,
    IssueType,
    User,
    Labels,
    Component,
    FixVersion,
    Resolution,
    Parent,
    Text,
    AllText,
    DateTime,
    Date,
    Number,
    Select,
    MultiSelect,
    Sprint,
}
