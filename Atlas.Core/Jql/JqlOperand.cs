using System.Collections.Immutable;
using System.Globalization;

namespace Atlas.Core.Jql;

/// <summary>The right-hand side of a clause or predicate: a value, EMPTY, a function call or a list.</summary>
public abstract record JqlOperand(JqlSpan Span);

/// <summary>One literal value.</summary>
/// <param name="Value">The value, unquoted and unescaped; for numbers the digits as written.</param>
/// <param name="Kind">How it was written.</param>
/// <param name="Span">The token in the source text, quotes included.</param>
public sealed record JqlValue(string Value, JqlValueKind Kind, JqlSpan Span) : JqlOperand(Span)
{
    /// <summary>The value as a 64-bit integer when it was written as a bare number; null otherwise.</summary>
    public long? Number => Kind == JqlValueKind.Number
        && long.TryParse(Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}

/// <summary>How a value was written; Jira treats a bare number as a number and everything else as a string.</summary>
public enum JqlValueKind
{
    /// <summary>A bare word such as <c>Open</c>, <c>WRKA-12</c>, <c>-5d</c> or <c>2026-11-27</c>.</summary>
    Unquoted,

    /// <summary>A string in double or single quotes.</summary>
    Quoted,

    /// <summary>A bare integer such as <c>10001</c> or <c>-3</c>.</summary>
    Number,
}

/// <summary>EMPTY (also written NULL).</summary>
public sealed record JqlEmpty(JqlSpan Span) : JqlOperand(Span);

/// <summary>A function call such as <c>currentUser()</c> or <c>startOfDay(-1d)</c>; Jira passes every argument as a string.</summary>
public sealed record JqlFunctionCall(string Name, ImmutableArray<JqlValue> Arguments, JqlSpan Span) : JqlOperand(Span);

/// <summary>A parenthesised list such as <c>(Open, "In Progress", currentUser())</c>; items may be lists themselves.</summary>
public sealed record JqlList(ImmutableArray<JqlOperand> Items, JqlSpan Span) : JqlOperand(Span);
