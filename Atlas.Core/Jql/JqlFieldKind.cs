namespace Atlas.Core.Jql;

/// <summary>What sort of values a field holds; decides value checks, function compatibility and (later) SQL translation.</summary>
internal enum JqlFieldKind
{
    /// <summary>Free text searched with <c>~</c>: summary, description, comment, text.</summary>
    Text,

    /// <summary>A user, by account id, name or email: assignee, reporter, creator.</summary>
    User,

    /// <summary>A calendar date without time: due.</summary>
    Date,

    /// <summary>A point in time: created, updated, resolved.</summary>
    DateTime,

    /// <summary>An issue key or numeric id: key, parent.</summary>
    IssueKey,

    /// <summary>A named option with an id: status, priority, resolution, statusCategory, level.</summary>
    Option,

    /// <summary>An issue type by name or id.</summary>
    IssueType,

    /// <summary>A project by key, name or id.</summary>
    Project,

    /// <summary>A multi-valued list of plain strings: labels.</summary>
    Label,

    /// <summary>A multi-valued list of components by name or id.</summary>
    Component,

    /// <summary>A multi-valued list of versions by name or id: fixVersion, affectedVersion.</summary>
    Version,

    /// <summary>Sprints by name or id.</summary>
    Sprint,

    /// <summary>A whole number: votes, watchers, workRatio.</summary>
    Number,

    /// <summary>A time-tracking duration such as <c>2h</c> or <c>3d</c>.</summary>
    Duration,

    /// <summary>Presence only: attachments.</summary>
    Presence,

    /// <summary>A custom field whose type Atlas does not know.</summary>
    Custom,
}
