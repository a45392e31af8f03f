using System.Globalization;

namespace Atlas.Core.Jql.Sql;

/// <summary>
/// Turns the operands of date clauses into instants as Jira reads them: literals are wall-clock times of the user's
/// zone (minute precision), a bare number is epoch milliseconds, periods count from the clock truncated to the minute,
/// and date functions are computed in the user's zone.
/// </summary>
internal static class JqlDateOperands
{
    private static readonly string[] LiteralFormats = ["yyyy-M-d H:mm", "yyyy/M/d H:mm", "yyyy-M-d", "yyyy/M/d"];

    /// <summary>The instant, or null with <paramref name="problem"/> saying why the operand is no date.</summary>
    public static DateTimeOffset? Resolve(JqlOperand operand, JqlSqlContext context, string field, out string? problem)
    {
        problem = null;
        switch (operand)
        {
            case JqlValue value:
                var instant = FromValue(value, context);
                problem = instant is null ? JqlValidationMessages.InvalidDate(value.Value, field) : null;
                return instant;
            case JqlFunctionCall call:
                return JqlDateFunctions.Evaluate(call, context, out problem);
            default:
                problem = $"'{JqlDisplay.Operand(operand)}' is not a date for field '{field}'.";
                return null;
        }
    }

    private static DateTimeOffset? FromValue(JqlValue value, JqlSqlContext context)
    {
        if (DateTime.TryParseExact(value.Value.Trim(), LiteralFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return JqlZoneTime.TryToInstant(local, context.Zone);
        }

        if (value.Kind == JqlValueKind.Number && value.Value.All(char.IsAsciiDigit))
        {
            return long.TryParse(value.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) && epoch <= MaxEpochMs
                ? DateTimeOffset.FromUnixTimeMilliseconds(epoch)
                : null;
        }

        return JqlPeriods.TryAdd(value.Value, JqlZoneTime.TruncateToMinute(context.NowMs), out var relative) ? relative : null;
    }

    private static readonly long MaxEpochMs = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();
}
