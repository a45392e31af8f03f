using System.Text.Json;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Rendering;

/// <summary>Writes custom field values in the shape of their type, null when unset.</summary>
internal static class CustomValueWriter
{
    public static void Write(Utf8JsonWriter w, CustomFieldDefinition field, object? value, RenderContext c)
    {
        switch (value)
        {
            case null:
                w.WriteNullValue();
                break;
            case double number:
                w.WriteNumberValue(number);
                break;
            case string text:
                w.WriteStringValue(text);
                break;
            case DateOnly date:
                w.WriteStringValue(JiraFormat.Date(date));
                break;
            case AdfDocument adf:
                IssueFields.Adf(w, adf);
                break;
            default:
                WriteObject(w, value, c);
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter w, object value, RenderContext c)
    {
        switch (value)
        {
            case SelectOption option:
                IssueFields.Raw(w, c.Fragments.Option(option));
                break;
            case SelectOption[] options:
                IssueFields.RawArray(w, options, c.Fragments.Option);
                break;
            case JiraUser user:
                IssueFields.Raw(w, c.Fragments.User(user));
                break;
            case Sprint[] sprints:
                IssueFields.RawArray(w, sprints, c.Fragments.Sprint);
                break;
            default:
                throw new InvalidOperationException($"Unsupported custom value {value.GetType().Name}.");
        }
    }

    public static FieldSchema Schema(CustomFieldDefinition field) => field.Kind switch
    {
        CustomFieldKind.Number => FieldSchema.OfCustom("number", "float", field.Number),
        CustomFieldKind.SingleSelect => FieldSchema.OfCustom("option", "select", field.Number),
        CustomFieldKind.MultiSelect => FieldSchema.OfCustom("array", "multiselect", field.Number, "option"),
        CustomFieldKind.User => FieldSchema.OfCustom("user", "userpicker", field.Number),
        CustomFieldKind.TextArea => FieldSchema.OfCustom("string", "textarea", field.Number),
        CustomFieldKind.Text => FieldSchema.OfCustom("string", "textfield", field.Number),
        CustomFieldKind.Date => FieldSchema.OfCustom("date", "datepicker", field.Number),
        _ => new FieldSchema("array", "json", null, "com.pyxis.greenhopper.jira:gh-sprint", field.Number),
    };
}
