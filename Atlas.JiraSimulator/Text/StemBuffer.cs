using System.Text;

namespace Atlas.JiraSimulator.Text;

/// <summary>A token's UTF-8 bytes with a movable end, the stemmer's working copy.</summary>
internal sealed class StemBuffer(byte[] bytes)
{
    private byte[] _bytes = bytes;

    public byte[] Bytes => _bytes;

    public int Length { get; set; } = bytes.Length;

    public byte this[int index]
    {
        get => index >= 0 && index < Length ? _bytes[index] : (byte)0;
        set => _bytes[index] = value;
    }

    public bool EndsWith(string suffix) =>
        Length >= suffix.Length && _bytes.AsSpan(Length - suffix.Length, suffix.Length).SequenceEqual(Encoding.ASCII.GetBytes(suffix));

    /// <summary>Replaces the last <paramref name="count"/> bytes with <paramref name="replacement"/>.</summary>
    public void Replace(int count, string replacement)
    {
        Length -= count;
        foreach (var c in replacement)
        {
            Append((byte)c);
        }
    }

    public void Append(byte value)
    {
        if (Length == _bytes.Length)
        {
            Array.Resize(ref _bytes, _bytes.Length + 8);
        }

        _bytes[Length++] = value;
    }
}
