namespace Atlas.Core.Jql;

/// <summary>Where a node or an error sits in the query text: a 0-based offset and a length in UTF-16 units.</summary>
public readonly record struct JqlSpan(int Position, int Length)
{
    /// <summary>The offset just past the span.</summary>
    public int End => Position + Length;

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static JqlSpan Cover(JqlSpan first, JqlSpan last) => new(first.Position, last.End - first.Position);
}
