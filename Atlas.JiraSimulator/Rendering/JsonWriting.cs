using System.Text.Encodings.Web;
using System.Text.Json;

namespace Atlas.JiraSimulator.Rendering;

/// <summary>Jira writes raw UTF-8 and does not escape quotes or &amp; in strings; neither do we.</summary>
internal static class JsonWriting
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
