namespace Atlas.JiraSimulator.Model;

/// <summary>Jira's three status categories (`new`, `indeterminate`, `done`).</summary>
internal sealed record StatusCategory(int Id, string Key, string Name, string ColorName)
{
    public static readonly StatusCategory ToDo = new(2, "new", "To Do", "blue-gray");
    public static readonly StatusCategory InProgress = new(4, "indeterminate", "In Progress", "yellow");
    public static readonly StatusCategory Done = new(3, "done", "Done", "green");

    public static IReadOnlyList<StatusCategory> All { get; } = [ToDo, InProgress, Done];

    public bool IsDone => Key == "done";
}
