namespace Atlas.Core.Configuration;

/// <summary><c>Atlas:Database</c>: where the SQLite mirror lives.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The SQLite file; created and migrated on first use. Default: <c>atlas.db</c> under the user's local app-data folder.</summary>
    public string? Path { get; set; }

    /// <summary>The path in effect: <see cref="Path"/> or the per-user default.</summary>
    public string EffectivePath => string.IsNullOrWhiteSpace(Path) ? DefaultPath : Path;

    /// <summary>The per-user default database file.</summary>
    public static string DefaultPath => System.IO.Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "Atlas",
        "atlas.db");
}
