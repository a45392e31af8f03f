using System.Buffers;
using Atlas.JiraSimulator.Hosting;
using Atlas.JiraSimulator.Rendering;

namespace Atlas.JiraSimulator.Api;

/// <summary>
/// `GET /rest/api/3/issue/{issueIdOrKey}`: by id or key (case-insensitive, old keys of moved issues too), fields
/// default `*all`; missing and hidden issues are both 404.
/// </summary>
internal static class IssueEndpoint
{
    public const string Expand = "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations";

    public static Task Handle(HttpContext context, SimulatorSite site, string issueIdOrKey)
    {
        var record = site.Store.Find(issueIdOrKey);
        if (record is null || record.Hidden || record.Current is not { } ticket)
        {
            return JiraResponses.Error(context, 404, JiraResponses.IssueNotFound);
        }

        var selection = FieldSelection.Parse(context.Request.Query["fields"], "*all");
        var expand = QueryParameters.List(context.Request, "expand").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var extras = JsonBytes.Write(w =>
        {
            w.WriteStartObject();
            if (expand.Contains("names"))
            {
                IssueExtras.Names(w, selection);
            }

            if (expand.Contains("schema"))
            {
                IssueExtras.Schema(w, selection);
            }

            if (expand.Contains("changelog"))
            {
                IssueExtras.Changelog(w, ticket, new RenderContext(site.Fragments, site.Profile.Settings.Zone, site.Store));
            }

            w.WriteEndObject();
        });
        var output = new ArrayBufferWriter<byte>(16 * 1024);
        IssueJsonWriter.Write(output, site.Renderer.Render(ticket), selection, Expand, extras.AsSpan(1, extras.Length - 2));
        return JiraResponses.Bytes(context, 200, output.WrittenMemory);
    }
}
