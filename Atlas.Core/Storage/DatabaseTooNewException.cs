namespace Atlas.Core.Storage;

/// <summary>The database was migrated by a newer Atlas than this one; opening it could corrupt what that version wrote.</summary>
public sealed class DatabaseTooNewException(string databasePath, int databaseVersion, int supportedVersion)
    : InvalidOperationException(
        $"The Atlas database '{databasePath}' has schema version {databaseVersion}, but this Atlas understands only up to {supportedVersion}. " +
        "Update Atlas, or point Atlas:Database:Path at another file.")
{
    public int DatabaseVersion { get; } = databaseVersion;

    public int SupportedVersion { get; } = supportedVersion;
}
