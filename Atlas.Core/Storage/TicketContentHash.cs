using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Atlas.Core.Tickets;

namespace Atlas.Core.Storage;

/// <summary>
/// The hash that decides "unchanged". The Jira client normally sets <see cref="Ticket.ContentHash"/>; when it is empty
/// the store hashes the ticket itself, so an empty hash can never make two different versions look equal.
/// </summary>
internal static class TicketContentHash
{
    private static readonly byte[] Separator = [0];

    public static string Of(Ticket ticket) =>
        string.IsNullOrEmpty(ticket.ContentHash) ? Compute(ticket) : ticket.ContentHash;

    private static string Compute(Ticket ticket)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(ticket, StorageJsonContext.Default.Ticket));
        hash.AppendData(Separator);
        hash.AppendData(Encoding.UTF8.GetBytes(ticket.DescriptionAdf ?? ""));
        hash.AppendData(Separator);
        hash.AppendData(Encoding.UTF8.GetBytes(ticket.RawJson));
        return "atlas-sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
