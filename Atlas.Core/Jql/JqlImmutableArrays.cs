using System.Collections.Immutable;

namespace Atlas.Core.Jql;

/// <summary>Lets code walk trees built by hand, where a list left unset is a default (null) <see cref="ImmutableArray{T}"/>.</summary>
internal static class JqlImmutableArrays
{
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
