using System.Text.Json;
using Atlas.JiraSimulator.Hosting;
using Atlas.JiraSimulator.Rendering;

namespace Atlas.JiraSimulator.Api;

/// <summary>`GET /rest/api/3/myself`: the API user with the profile time zone and locale.</summary>
internal static class MyselfEndpoint
{
    public static Task Handle(HttpContext context, SimulatorSite site)
    {
        var expand = QueryParameters.List(context.Request, "expand");
        var settings = site.Profile.Settings;
        var me = site.Catalog.Me with { TimeZone = settings.TimeZoneId, Locale = settings.Locale };
        return JiraResponses.Json(context, 200, w =>
        {
            w.WriteStartObject();
            ShapeWriters.UserMembers(w, me, site.Links);
            w.WriteString("locale", me.Locale);
            Groups(w, site, expand.Contains("groups", StringComparer.OrdinalIgnoreCase));
            Roles(w, expand.Contains("applicationRoles", StringComparer.OrdinalIgnoreCase));
            w.WriteString("expand", "groups,applicationRoles");
            w.WriteEndObject();
        });
    }

    private static void Groups(Utf8JsonWriter w, SimulatorSite site, bool expanded)
    {
        string[] names = ["jira-software-users", "qa-team", "site-users"];
        w.WriteStartObject("groups");
        w.WriteNumber("size", names.Length);
        w.WriteStartArray("items");
        foreach (var (name, i) in expanded ? names.Select((n, i) => (n, i)) : [])
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteString("groupId", $"6a6f0c2e-9b3d-4c1e-8f2a-00000000000{i}");
            w.WriteString("self", $"{site.Links.Api}/group?groupId=6a6f0c2e-9b3d-4c1e-8f2a-00000000000{i}");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Roles(Utf8JsonWriter w, bool expanded)
    {
        w.WriteStartObject("applicationRoles");
        w.WriteNumber("size", 1);
        w.WriteStartArray("items");
        if (expanded)
        {
            w.WriteStartObject();
            w.WriteString("key", "jira-software");
            w.WriteString("name", "Jira Software");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
