using System.Buffers;
using System.Text.Json;

namespace Atlas.JiraSimulator.Rendering;

/// <summary>Renders small JSON values to UTF-8 bytes once, so hot paths only copy them.</summary>
internal static class JsonBytes
{
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, JsonWriting.Options))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
