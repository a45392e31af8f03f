using System.Text.Json;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Rendering;

internal static partial class ShapeWriters
{
    /// <summary>The `project` field of an issue (`ProjectDetails`).</summary>
    public static void ProjectDetails(Utf8JsonWriter w, Project project, SiteLinks links)
    {
        w.WriteStartObject();
        ProjectCore(w, project, links);
        w.WriteEndObject();
    }

    /// <summary>A `Project` as listed by project/search.</summary>
    public static void Project(Utf8JsonWriter w, Project project, SiteLinks links)
    {
        w.WriteStartObject();
        w.WriteString("expand", "description,lead,issueTypes,url,projectKeys,permissions,insight");
        ProjectCore(w, project, links);
        w.WriteString("style", "classic");
        w.WriteBoolean("isPrivate", false);
        w.WriteStartObject("properties");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void ProjectCore(Utf8JsonWriter w, Project project, SiteLinks links)
    {
        w.WriteString("self", links.Project(project.Id));
        w.WriteString("id", project.Id);
        w.WriteString("key", project.Key);
        w.WriteString("name", project.Name);
        w.WriteString("projectTypeKey", "software");
        w.WriteBoolean("simplified", false);
        w.WriteStartObject("avatarUrls");
        foreach (var (size, name) in (ReadOnlySpan<(int, string)>)[(48, "large"), (24, "small"), (16, "xsmall"), (32, "medium")])
        {
            w.WriteString($"{size}x{size}", links.ProjectAvatar(project.Id, name));
        }

        w.WriteEndObject();
    }

    public static void Component(Utf8JsonWriter w, Component component, SiteLinks links)
    {
        w.WriteStartObject();
        w.WriteString("self", links.Component(component.Id));
        w.WriteString("id", component.Id);
        w.WriteString("name", component.Name);
        w.WriteString("description", component.Description);
        w.WriteEndObject();
    }

    public static void Version(Utf8JsonWriter w, ProjectVersion version, SiteLinks links)
    {
        w.WriteStartObject();
        w.WriteString("self", links.Version(version.Id));
        w.WriteString("id", version.Id);
        w.WriteString("name", version.Name);
        w.WriteBoolean("archived", version.Archived);
        w.WriteBoolean("released", version.Released);
        if (version.ReleaseDate is { } date)
        {
            w.WriteString("releaseDate", JiraFormat.Date(date));
        }

        w.WriteEndObject();
    }

    public static void Option(Utf8JsonWriter w, SelectOption option, SiteLinks links)
    {
        w.WriteStartObject();
        w.WriteString("self", links.CustomFieldOption(option.Id));
        w.WriteString("value", option.Value);
        w.WriteString("id", option.Id);
        w.WriteEndObject();
    }

    public static void Sprint(Utf8JsonWriter w, Sprint sprint)
    {
        w.WriteStartObject();
        w.WriteNumber("id", sprint.Id);
        w.WriteString("name", sprint.Name);
        w.WriteString("state", sprint.State);
        w.WriteNumber("boardId", sprint.BoardId);
        w.WriteString("goal", sprint.Goal);
        WriteOptionalUtc(w, "startDate", sprint.StartDate);
        WriteOptionalUtc(w, "endDate", sprint.EndDate);
        WriteOptionalUtc(w, "completeDate", sprint.CompleteDate);
        w.WriteEndObject();
    }

    private static void WriteOptionalUtc(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } instant)
        {
            w.WriteString(name, JiraFormat.Utc(instant));
        }
    }
}
