namespace Atlas.JiraSimulator.Model;

internal enum CustomFieldKind
{
    Number,
    SingleSelect,
    MultiSelect,
    User,
    TextArea,
    Text,
    Date,
    Sprint,
}
