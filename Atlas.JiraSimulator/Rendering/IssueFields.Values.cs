using System.Text.Json;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Rendering;

internal static partial class IssueFields
{
    public static void Raw(Utf8JsonWriter w, byte[] json) => w.WriteRawValue(json, skipInputValidation: true);

    private static void Null(Utf8JsonWriter w, TicketVersion t, RenderContext c) => w.WriteNullValue();

    private static void EmptyArray(Utf8JsonWriter w, TicketVersion t, RenderContext c)
    {
        w.WriteStartArray();
        w.WriteEndArray();
    }

    private static void RawOrNull<T>(Utf8JsonWriter w, T? value, Func<T, byte[]> render)
        where T : class
    {
        if (value is null)
        {
            w.WriteNullValue();
        }
        else
        {
            Raw(w, render(value));
        }
    }

    public static void RawArray<T>(Utf8JsonWriter w, IEnumerable<T> values, Func<T, byte[]> render)
    {
        w.WriteStartArray();
        foreach (var value in values)
        {
            Raw(w, render(value));
        }

        w.WriteEndArray();
    }

    private static void StringArray(Utf8JsonWriter w, IEnumerable<string> values)
    {
        w.WriteStartArray();
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void TimeOrNull(Utf8JsonWriter w, DateTimeOffset? value, RenderContext c)
    {
        if (value is { } instant)
        {
            w.WriteStringValue(c.Time(instant));
        }
        else
        {
            w.WriteNullValue();
        }
    }

    public static void DateOrNull(Utf8JsonWriter w, DateOnly? value)
    {
        if (value is { } date)
        {
            w.WriteStringValue(JiraFormat.Date(date));
        }
        else
        {
            w.WriteNullValue();
        }
    }

    public static void Adf(Utf8JsonWriter w, AdfDocument? document)
    {
        if (document is null)
        {
            w.WriteNullValue();
        }
        else
        {
            Raw(w, document.Json);
        }
    }
}
