using System.Text.Json;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Rendering;

/// <summary>Writes Jira's JSON shapes of users, statuses and the other referenced objects.</summary>
internal static partial class ShapeWriters
{
    public static void User(Utf8JsonWriter w, JiraUser user, SiteLinks links)
    {
        w.WriteStartObject();
        UserMembers(w, user, links);
        w.WriteEndObject();
    }

    /// <summary>The members of a `User`; `emailAddress` is left out when privacy hides it, as Jira does.</summary>
    public static void UserMembers(Utf8JsonWriter w, JiraUser user, SiteLinks links)
    {
        w.WriteString("self", links.User(user.AccountId));
        w.WriteString("accountId", user.AccountId);
        if (user.EmailAddress is not null)
        {
            w.WriteString("emailAddress", user.EmailAddress);
        }

        w.WriteStartObject("avatarUrls");
        foreach (var size in (ReadOnlySpan<int>)[48, 24, 16, 32])
        {
            w.WriteString($"{size}x{size}", SiteLinks.UserAvatar(user.AvatarSlug, size));
        }

        w.WriteEndObject();
        w.WriteString("displayName", user.DisplayName);
        w.WriteBoolean("active", user.Active);
        w.WriteString("timeZone", user.TimeZone);
        w.WriteString("accountType", user.AccountType);
    }

    public static void Status(Utf8JsonWriter w, Status status, SiteLinks links)
    {
        w.WriteStartObject();
        w.WriteString("self", links.Status(status.Id));
        w.WriteString("description", status.Description);
        w.WriteString("iconUrl", links.StatusIcon(status.IconFile));
        w.WriteString("name", status.Name);
        w.WriteString("id", status.Id);
        w.WriteStartObject("statusCategory");
        w.WriteString("self", links.StatusCategory(status.Category.Id));
        w.WriteNumber("id", status.Category.Id);
        w.WriteString("key", status.Category.Key);
        w.WriteString("colorName", status.Category.ColorName);
        w.WriteString("name", status.Category.Name);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void Priority(Utf8JsonWriter w, Priority priority, SiteLinks links)
    {
        w.WriteStartObject();
        w.WriteString("self", links.Priority(priority.Id));
        w.WriteString("iconUrl", links.PriorityIcon(priority.IconFile));
        w.WriteString("name", priority.Name);
        w.WriteString("id", priority.Id);
        w.WriteEndObject();
    }

    public static void IssueType(Utf8JsonWriter w, IssueType type, SiteLinks links)
    {
        w.WriteStartObject();
        w.WriteString("self", links.IssueType(type.Id));
        w.WriteString("id", type.Id);
        w.WriteString("description", type.Description);
        w.WriteString("iconUrl", links.IssueTypeIcon(type.AvatarId));
        w.WriteString("name", type.Name);
        w.WriteBoolean("subtask", type.Subtask);
        w.WriteNumber("avatarId", type.AvatarId);
        w.WriteNumber("hierarchyLevel", type.HierarchyLevel);
        w.WriteEndObject();
    }

    public static void Resolution(Utf8JsonWriter w, Resolution resolution, SiteLinks links)
    {
        w.WriteStartObject();
        w.WriteString("self", links.Resolution(resolution.Id));
        w.WriteString("id", resolution.Id);
        w.WriteString("description", resolution.Description);
        w.WriteString("name", resolution.Name);
        w.WriteEndObject();
    }
}
