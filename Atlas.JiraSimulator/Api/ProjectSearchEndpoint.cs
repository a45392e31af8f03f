using Atlas.JiraSimulator.Hosting;
using Atlas.JiraSimulator.Model;
using Atlas.JiraSimulator.Rendering;

namespace Atlas.JiraSimulator.Api;

/// <summary>`GET /rest/api/3/project/search`: offset-paginated projects (`PageBeanProject`).</summary>
internal static class ProjectSearchEndpoint
{
    public static Task Handle(HttpContext context, SimulatorSite site)
    {
        var request = context.Request;
        var startAt = Math.Max(0, QueryParameters.Int(request, "startAt") ?? 0);
        var maxResults = Math.Clamp(QueryParameters.Int(request, "maxResults") ?? 50, 1, 100);
        var keys = QueryParameters.List(request, "keys");
        var ids = QueryParameters.List(request, "id");
        var query = QueryParameters.Text(request, "query");
        var matches = Sort(site.Catalog.Projects.Where(p => Matches(p, keys, ids, query)), QueryParameters.Text(request, "orderBy")).ToList();
        if (matches.Count == 0 && (keys.Count > 0 || ids.Count > 0 || !string.IsNullOrEmpty(query)))
        {
            return JiraResponses.Error(context, 404, "No projects were found matching the search criteria.");
        }

        var page = matches.Skip(startAt).Take(maxResults).ToList();
        var isLast = startAt + page.Count >= matches.Count;
        var self = $"{site.Links.Api}/project/search?startAt={startAt}&maxResults={maxResults}";
        return JiraResponses.Json(context, 200, w =>
        {
            w.WriteStartObject();
            w.WriteString("self", self);
            if (!isLast)
            {
                w.WriteString("nextPage", $"{site.Links.Api}/project/search?startAt={startAt + maxResults}&maxResults={maxResults}");
            }

            w.WriteNumber("maxResults", maxResults);
            w.WriteNumber("startAt", startAt);
            w.WriteNumber("total", matches.Count);
            w.WriteBoolean("isLast", isLast);
            w.WriteStartArray("values");
            page.ForEach(p => ShapeWriters.Project(w, p, site.Links));
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static bool Matches(Project project, IReadOnlyList<string> keys, IReadOnlyList<string> ids, string? query) =>
        (keys.Count == 0 || keys.Contains(project.Key, StringComparer.OrdinalIgnoreCase)) &&
        (ids.Count == 0 || ids.Contains(project.Id)) &&
        (string.IsNullOrEmpty(query) || project.Key.Contains(query, StringComparison.OrdinalIgnoreCase) ||
         project.Name.Contains(query, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<Project> Sort(IEnumerable<Project> projects, string? orderBy)
    {
        var order = (orderBy ?? "key").Trim();
        var descending = order.StartsWith('-');
        Func<Project, string> key = order.TrimStart('-', '+').Equals("name", StringComparison.OrdinalIgnoreCase) ? p => p.Name : p => p.Key;
        return descending ? projects.OrderByDescending(key, StringComparer.OrdinalIgnoreCase) : projects.OrderBy(key, StringComparer.OrdinalIgnoreCase);
    }
}
