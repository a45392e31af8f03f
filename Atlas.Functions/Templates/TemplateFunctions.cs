using Atlas.Core.Search;
using Atlas.Core.Templates;
using Atlas.Functions.Http;
using Atlas.Functions.Search;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Atlas.Functions.Templates;

/// <summary>
/// <c>GET jql/templates</c> (as <c>atlas templates</c>) and <c>GET|POST jql/templates/{name}</c> (as <c>atlas template</c>:
/// the template is filled in with the given parameters and defaults, then searched like <c>search</c>).
/// </summary>
public sealed class TemplateFunctions(TemplateService templates, SearchService search)
{
    [Function("ListTemplates")]
    public IResult List(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "jql/templates")] HttpRequest request) =>
        ApiResults.Json(new { templates = templates.List() });

    [Function("RunTemplate")]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", "post", Route = "jql/templates/{name}")] HttpRequest request,
        string name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (templates.List().FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)) is not { } template)
        {
            return TemplateProblems.Unknown(request, name, templates.List());
        }

        var (values, arguments, problem) = await TemplateRunRequest.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (TemplateProblems.Missing(request, template, values!) is { } missing)
        {
            return missing;
        }

        string jql;
        try
        {
            jql = templates.Render(template.Name, values!);
        }
        catch (ArgumentException invalid)
        {
            return ApiProblems.BadRequest(request, "A template parameter is not valid", HostWording.Of(ApiProblems.Text(invalid)));
        }

        var response = await search.SearchAsync(jql, arguments!.Source, arguments.Limit, cancellationToken);
        return SearchAnswers.From(response, jql, arguments.Source, request);
    }
}
