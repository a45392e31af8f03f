using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Data;

/// <summary>The site-wide configuration every simulated Jira shares: statuses, priorities, types, resolutions.</summary>
internal static class ReferenceData
{
    public static IReadOnlyList<Status> Statuses { get; } =
    [
        new("10000", "To Do", "This issue is waiting to be picked up.", StatusCategory.ToDo, 1, "open.png"),
        new("3", "In Progress", "This issue is being actively worked on.", StatusCategory.InProgress, 2, "inprogress.png"),
        new("10001", "In Review", "The change is waiting for review.", StatusCategory.InProgress, 3, "generic.png"),
        new("10002", "Blocked", "Work cannot continue until something else happens.", StatusCategory.InProgress, 4, "generic.png"),
        new("10003", "Done", "The work is finished.", StatusCategory.Done, 5, "closed.png"),
        new("6", "Closed", "The issue is considered finished and closed.", StatusCategory.Done, 6, "closed.png"),
    ];

    public static IReadOnlyList<Priority> Priorities { get; } =
    [
        new("1", "Highest", "highest.svg", 1, "#d04437"),
        new("2", "High", "high.svg", 2, "#f15C75"),
        new("3", "Medium", "medium.svg", 3, "#f79232"),
        new("4", "Low", "low.svg", 4, "#707070"),
        new("5", "Lowest", "lowest.svg", 5, "#999999"),
    ];

    public static IReadOnlyList<IssueType> IssueTypes { get; } =
    [
        new("10000", "Epic", "A big user story that needs to be broken down.", 1, 10307, 1),
        new("10001", "Story", "Functionality or a feature expressed as a user goal.", 0, 10315, 2),
        new("10002", "Task", "A small, distinct piece of work.", 0, 10318, 3),
        new("10004", "Bug", "A problem or error.", 0, 10303, 4),
        new("10003", "Sub-task", "A small piece of work that's part of a larger task.", -1, 10316, 5),
    ];

    public static IReadOnlyList<Resolution> Resolutions { get; } =
    [
        new("10000", "Done", "Work has been completed on this issue."),
        new("10001", "Won't Do", "This issue won't be actioned."),
        new("10002", "Duplicate", "The problem is a duplicate of an existing issue."),
        new("10003", "Cannot Reproduce", "All attempts at reproducing this issue failed."),
    ];

    public static IReadOnlyList<CustomFieldDefinition> CustomFields { get; } =
    [
        new(10016, "Story Points", CustomFieldKind.Number, []),
        new(10020, "Sprint", CustomFieldKind.Sprint, []),
        new(10030, "Severity", CustomFieldKind.SingleSelect,
            [new("10100", "S1 - Critical"), new("10101", "S2 - Major"), new("10102", "S3 - Minor"), new("10103", "S4 - Trivial")]),
        new(10031, "Test Environments", CustomFieldKind.MultiSelect,
            [new("10110", "Chrome"), new("10111", "Firefox"), new("10112", "Safari"), new("10113", "Edge"),
             new("10114", "iOS"), new("10115", "Android")]),
        new(10032, "QA Owner", CustomFieldKind.User, []),
        new(10033, "Acceptance Criteria", CustomFieldKind.TextArea, []),
        new(10034, "Target Date", CustomFieldKind.Date, []),
        new(10035, "Build Number", CustomFieldKind.Text, []),
    ];

    public static CustomFieldDefinition Field(long number) => CustomFields.First(f => f.Number == number);
}
