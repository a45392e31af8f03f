namespace Atlas.JiraSimulator;

/// <summary>Ways to make one ticket's JSON malformed, for "bad data from Jira" tests.</summary>
public enum TicketCorruption
{
    /// <summary>The ticket renders normally.</summary>
    None,

    /// <summary>`key` is not a valid issue key (e.g. `wrka_12!`).</summary>
    MalformedKey,

    /// <summary>`fields.updated` is not a parsable timestamp.</summary>
    UnparsableUpdated,

    /// <summary>`fields.summary` is a JSON number instead of a string.</summary>
    SummaryIsNumber,

    /// <summary>`fields.summary` is an absurdly large string (about 5 MB).</summary>
    HugeSummary,

    /// <summary>`fields.status` is missing and `fields.created` is null.</summary>
    MissingRequiredFields,
}
