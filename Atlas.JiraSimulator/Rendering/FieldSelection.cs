namespace Atlas.JiraSimulator.Rendering;

/// <summary>
/// A parsed `fields` parameter: `*all`, `*navigable`, field ids, `-field` exclusions (comma-separated and/or
/// repeated). Exclusions alone mean "navigable except", as in Jira. Unknown ids are ignored.
/// </summary>
internal sealed class FieldSelection
{
    private readonly HashSet<string> _included = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _excluded = new(StringComparer.OrdinalIgnoreCase);

    private FieldSelection()
    {
    }

    public bool All { get; private set; }

    public bool Navigable { get; private set; }

    /// <summary>Only `id` was asked for: issues are rendered as `{"id":"…"}`.</summary>
    public bool IdsOnly => !All && !Navigable && _included.All(f => f.Equals("id", StringComparison.OrdinalIgnoreCase));

    /// <summary>Only `id` and/or `key` were asked for: the large page size applies.</summary>
    public bool IdOrKeyOnly => !All && !Navigable &&
        _included.All(f => f.Equals("id", StringComparison.OrdinalIgnoreCase) || f.Equals("key", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whole `*all` or `*navigable` without exclusions: the cached bytes are written as they are.</summary>
    public bool IsPlainAll => All && _excluded.Count == 0;

    public bool IsPlainNavigable => Navigable && !All && _excluded.Count == 0 &&
        _included.All(f => !IssueFields.ById.TryGetValue(f, out var known) || known.Navigable);

    /// <summary>A stable text of the selection, bound into page tokens.</summary>
    public string Canonical => string.Join(',', new[] { All ? "*all" : "", Navigable ? "*navigable" : "" }
        .Concat(_included.Select(f => f.ToLowerInvariant()).Order(StringComparer.Ordinal))
        .Concat(_excluded.Select(f => "-" + f.ToLowerInvariant()).Order(StringComparer.Ordinal))
        .Where(s => s.Length > 0));

    public static FieldSelection Parse(IEnumerable<string?>? values, string whenEmpty)
    {
        var selection = new FieldSelection();
        var items = (values ?? []).SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        foreach (var item in items.Count == 0 ? [whenEmpty] : items)
        {
            selection.Add(item);
        }

        if (!selection.All && !selection.Navigable && selection._included.Count == 0)
        {
            selection.Navigable = true;
        }

        return selection;
    }

    public bool Includes(IssueField field) =>
        !_excluded.Contains(field.Id) && (All || (Navigable && field.Navigable) || _included.Contains(field.Id));

    private void Add(string item)
    {
        switch (item.ToLowerInvariant())
        {
            case "*all":
                All = true;
                break;
            case "*navigable":
                Navigable = true;
                break;
            default:
                (item.StartsWith('-') ? _excluded : _included).Add(item.TrimStart('-'));
                break;
        }
    }
}
