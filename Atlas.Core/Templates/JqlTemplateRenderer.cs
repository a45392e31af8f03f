using System.Globalization;
using System.Text.RegularExpressions;
using Atlas.Core.Jql;

namespace Atlas.Core.Templates;

/// <summary>
/// Puts parameter values into a template's query. Text is written with <see cref="JqlText.Quote"/>, lists as quoted
/// items, numbers only after checking they are whole numbers in range: a value can never change the query's shape.
/// </summary>
internal static partial class JqlTemplateRenderer
{
    public const int MaxNumber = 36_500;

    public static string Render(JqlTemplate template, IReadOnlyDictionary<string, string> given)
    {
        var unknown = given.Keys.Where(key => !template.Parameters.Any(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Template '{template.Name}' has no parameter '{unknown[0]}'; it takes: {Names(template)}.");
        }

        var written = template.Parameters.ToDictionary(p => p.Name, p => Write(template, p, Value(template, p, given)), StringComparer.Ordinal);

        // One pass over the template: a value that happens to contain "{name}" is never substituted again.
        return Placeholder().Replace(template.Jql, match => written[match.Groups["name"].Value]);
    }

    private static string Value(JqlTemplate template, JqlTemplateParameter parameter, IReadOnlyDictionary<string, string> given)
    {
        var value = given.FirstOrDefault(pair => string.Equals(pair.Key, parameter.Name, StringComparison.OrdinalIgnoreCase)).Value ?? parameter.Default;
        return string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"Template '{template.Name}' needs --param {parameter.Name}=… ({parameter.Description}).")
            : value;
    }

    private static string Write(JqlTemplate template, JqlTemplateParameter parameter, string value) => parameter.Kind switch
    {
        JqlTemplateParameterKind.Number => Number(template, parameter, value),
        JqlTemplateParameterKind.List => List(template, parameter, value),
        _ => JqlText.Quote(value.Trim()),
    };

    private static string Number(JqlTemplate template, JqlTemplateParameter parameter, string value) =>
        int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxNumber
            ? number.ToString(CultureInfo.InvariantCulture)
            : throw new ArgumentException($"Template '{template.Name}': {parameter.Name} must be a whole number from 1 to {MaxNumber}, not '{Shorten(value)}'.");

    private static string List(JqlTemplate template, JqlTemplateParameter parameter, string value)
    {
        var items = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return items.Length == 0
            ? throw new ArgumentException($"Template '{template.Name}' needs at least one value for {parameter.Name}.")
            : string.Join(", ", items.Select(JqlText.Quote));
    }

    private static string Names(JqlTemplate template) =>
        template.Parameters.Count == 0 ? "none" : string.Join(", ", template.Parameters.Select(p => p.Name));

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex(@"\{(?<name>[a-z]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
