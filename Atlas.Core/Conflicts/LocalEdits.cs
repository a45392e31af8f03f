using System.Text.RegularExpressions;
using Atlas.Core.Lookups;
using Atlas.Core.Storage;
using Atlas.Core.Tickets;

namespace Atlas.Core.Conflicts;

/// <summary>
/// The tester's local edits and notes. A ticket not yet in the store is fetched first (the edit hangs off its stored
/// row). Answers the ticket as Atlas now shows it: effective values, with the overridden fields under <c>local.overrides</c>.
/// </summary>
public sealed partial class LocalEdits
{
    private const int MaxNoteChars = 32 * 1024;
    private const int MaxLocalValueChars = 4 * 1024;

    private readonly TicketStore _store;
    private readonly TicketLookup _lookup;

    internal LocalEdits(TicketStore store, TicketLookup lookup)
    {
        _store = store;
        _lookup = lookup;
    }

    /// <summary>Applies <paramref name="edit"/> to <paramref name="keyOrId"/>.</summary>
    /// <exception cref="ArgumentException">The key, a field or a value is not acceptable, or the edit changes nothing.</exception>
    /// <exception cref="KeyNotFoundException">Neither the store nor Jira has the ticket.</exception>
    public async Task<TicketView> EditAsync(string keyOrId, LocalEdit edit, string editedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (edit.IsEmpty)
        {
            throw new ArgumentException("The edit changes nothing: set a field, clear one or add a note.");
        }

        CheckNoOverlap(edit);
        var stored = await FindOrFetchAsync(keyOrId, cancellationToken);
        var prepared = await PrepareAsync(stored.Ticket, edit, cancellationToken);
        await _store.ApplyLocalEditAsync(stored.Ticket.Id, prepared, editedBy, cancellationToken);
        var updated = await _store.GetByIdAsync(stored.Ticket.Id, cancellationToken);
        return updated!.ToCachedView(stale: false);
    }

    /// <summary>Adds a note to <paramref name="keyOrId"/>.</summary>
    public Task<TicketView> AddNoteAsync(string keyOrId, string note, string editedBy, CancellationToken cancellationToken = default) =>
        EditAsync(keyOrId, new LocalEdit { Note = note ?? "" }, editedBy, cancellationToken);

    private async Task<StoredTicket> FindOrFetchAsync(string keyOrId, CancellationToken cancellationToken)
    {
        var reference = IssueReference.Parse(keyOrId);
        var stored = await FindAsync(reference, cancellationToken);
        if (stored is null)
        {
            await _lookup.GetAsync(keyOrId, LookupSource.Auto, cancellationToken);
            stored = await FindAsync(reference, cancellationToken);
        }

        return stored ?? throw new KeyNotFoundException($"{reference.Text} is neither in the local store nor in Jira, so it cannot be edited.");
    }

    private Task<StoredTicket?> FindAsync(IssueReference reference, CancellationToken cancellationToken) =>
        reference.Id is { } id ? _store.GetByIdAsync(id, cancellationToken) : _store.GetByKeyAsync(reference.Text, cancellationToken);

    private async Task<StoredEdit> PrepareAsync(Ticket jira, LocalEdit edit, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.Ordinal);
        var removedOverrides = new List<string>();
        var localFields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in edit.Set)
        {
            if (MergeFields.Find(name) is { } field)
            {
                var canonical = await CanonicalAsync(field, value, cancellationToken);
                if (string.Equals(canonical, MergeFields.ValueOf(jira, field), StringComparison.Ordinal))
                {
                    removedOverrides.Add(field); // Jira's own value: nothing to override
                }
                else
                {
                    overrides[field] = canonical;
                }
            }
            else
            {
                localFields[LocalFieldName(name)] = LocalValue(name, value);
            }
        }

        var cleared = edit.Clear.Select(name => (Name: name, Field: MergeFields.Find(name))).ToList();
        removedOverrides.AddRange(cleared.Where(c => c.Field is not null).Select(c => c.Field!));
        var removedLocal = cleared.Where(c => c.Field is null).Select(c => LocalFieldName(c.Name)).ToList();
        return new StoredEdit(overrides, [.. removedOverrides.Distinct()], localFields, removedLocal, Note(edit.Note));
    }

    private async Task<string?> CanonicalAsync(string field, string? value, CancellationToken cancellationToken)
    {
        var canonical = MergeFields.Normalize(field, value);
        return canonical is null ? null : await _store.KnownValueAsync(field, canonical, cancellationToken) ?? canonical;
    }

    private static void CheckNoOverlap(LocalEdit edit)
    {
        var both = edit.Set.Keys.Select(k => MergeFields.Find(k) ?? k)
            .Intersect(edit.Clear.Select(k => MergeFields.Find(k) ?? k), StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault();
        if (both is not null)
        {
            throw new ArgumentException($"'{both}' is both set and cleared in one edit; do one or the other.");
        }
    }

    private static string LocalFieldName(string name) =>
        LocalName().IsMatch(name.Trim())
            ? name.Trim()
            : throw new ArgumentException($"'{name}' is not a field name: use a synced field ({string.Join(", ", MergeFields.All)}) or a local field name of letters, digits, '.', '_' or '-' (at most 64).");

    private static string? LocalValue(string name, string? value) =>
        value is { Length: > MaxLocalValueChars }
            ? throw new ArgumentException($"The value of '{name}' is longer than {MaxLocalValueChars} characters.")
            : string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Note(string? note) => note switch
    {
        null => null,
        _ when string.IsNullOrWhiteSpace(note) => throw new ArgumentException("A note cannot be empty."),
        { Length: > MaxNoteChars } => throw new ArgumentException($"A note has at most {MaxNoteChars} characters."),
        _ => note.Trim(),
    };

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]{0,63}$")]
    private static partial Regex LocalName();
}
