using System.Reflection;
using System.Text.RegularExpressions;

namespace Atlas.Core.Storage;

/// <summary>One numbered schema change, <c>Migrations/NNN_name.sql</c>, embedded in Atlas.Core and applied once, in order.</summary>
internal sealed partial record SchemaMigration(int Version, string Name, string Sql)
{
    private const string ResourcePrefix = "Atlas.Core.Storage.Migrations.";

    /// <summary>The line a migration carries when it rewrites so much of the file that it should be compacted after it.</summary>
    public const string VacuumMarker = "-- atlas: vacuum after";

    /// <summary>
    /// True when the migration leaves most pages half empty (e.g. dropping big columns rewrites each row in place), so
    /// the file is rebuilt with VACUUM once it is committed; VACUUM cannot run inside the migration's transaction.
    /// </summary>
    public bool VacuumAfter => Sql.Contains(VacuumMarker, StringComparison.Ordinal);

    /// <summary>The migrations shipped with this build, ordered by version.</summary>
    public static IReadOnlyList<SchemaMigration> Embedded { get; } = Load(typeof(SchemaMigration).Assembly);

    /// <summary>Reads and orders the embedded migrations; a gap or a duplicate number is a build mistake and fails fast.</summary>
    public static IReadOnlyList<SchemaMigration> Load(Assembly assembly)
    {
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .OrderBy(migration => migration.Version)
            .ToList();
        EnsureContiguous(migrations);
        return migrations;
    }

    /// <summary>Checks that versions run 1, 2, 3... with no gap or repeat.</summary>
    public static void EnsureContiguous(IReadOnlyList<SchemaMigration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Schema migrations must be numbered 1, 2, 3... without gaps; found {migrations[i].Name} at position {i + 1}.");
            }
        }
    }

    private static SchemaMigration Read(Assembly assembly, string resourceName)
    {
        var fileName = resourceName[ResourcePrefix.Length..];
        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
        {
            throw new InvalidOperationException($"Schema migration '{fileName}' must be named NNN_description.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new SchemaMigration(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), fileName, reader.ReadToEnd());
    }

    [GeneratedRegex(@"^(\d{3})_[a-z0-9_]+\.sql$")]
    private static partial Regex FileNamePattern();
}
