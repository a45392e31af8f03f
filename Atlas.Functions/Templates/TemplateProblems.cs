using Atlas.Core.Templates;
using Atlas.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace Atlas.Functions.Templates;

/// <summary>Why a template cannot run: no template by that name (404, with the names there are), or a required parameter is missing (400).</summary>
internal static class TemplateProblems
{
    public static IResult Unknown(HttpRequest request, string name, IReadOnlyList<JqlTemplate> templates)
    {
        var names = templates.Select(t => t.Name).ToList();
        var close = names.Where(n => n.Contains(name, StringComparison.OrdinalIgnoreCase) || name.Contains(n, StringComparison.OrdinalIgnoreCase)).Take(3).ToList();
        var hint = close.Count > 0 ? $" Did you mean {string.Join(" or ", close.Select(n => $"'{n}'"))}?" : "";
        return ApiProblems.Create(
            request,
            StatusCodes.Status404NotFound,
            "not-found",
            "No such JQL template",
            $"There is no template named '{name}'.{hint} GET jql/templates lists them with their parameters.",
            new Dictionary<string, object?> { ["templates"] = names });
    }

    /// <summary>A 400 naming every required parameter that has no value, or null when all have one.</summary>
    public static IResult? Missing(HttpRequest request, JqlTemplate template, IReadOnlyDictionary<string, string> values)
    {
        var missing = template.Parameters
            .Where(p => p.Default is null && (!values.TryGetValue(p.Name, out var value) || string.IsNullOrWhiteSpace(value)))
            .ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var described = string.Join("; ", missing.Select(p => $"{p.Name} ({p.Description})"));
        return ApiProblems.Create(
            request,
            StatusCodes.Status400BadRequest,
            "missing-parameter",
            $"The template '{template.Name}' needs a value for {string.Join(" and ", missing.Select(p => p.Name))}",
            $"Give {described} as ?{missing[0].Name}=… (GET) or under \"parameters\" in the body (POST).",
            new Dictionary<string, object?> { ["missing"] = missing.Select(p => p.Name).ToList() });
    }
}
