using System.Collections.Concurrent;
using System.Diagnostics;

namespace Atlas.Tests.Support;

/// <summary>
/// npm packages the MCP tests run (third-party MCP servers, the MCP inspector), each installed once into its own folder
/// under the temp directory and reused by later runs; bounded in time. A missing node/npm or a failed install is a reason
/// to skip, never a hang.
/// </summary>
internal static class NpmPackages
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromSeconds(150);
    private static readonly ConcurrentDictionary<string, Lazy<(string? Folder, string? Problem)>> Installed = new(StringComparer.Ordinal);

    /// <summary>The folder holding <c>node_modules/&lt;package&gt;</c>, or why it is not available.</summary>
    public static (string? Folder, string? Problem) Ensure(string package, string version) =>
        Installed.GetOrAdd($"{package}@{version}", spec => new Lazy<(string?, string?)>(() => Install(package, spec))).Value;

    private static (string? Folder, string? Problem) Install(string package, string spec)
    {
        var folder = Path.Combine(Path.GetTempPath(), "atlas-npm", spec.Replace('/', '_').Replace('@', '_'));
        if (File.Exists(Path.Combine(folder, "node_modules", package, "package.json")))
        {
            return (folder, null);
        }

        if (Run("node", ["--version"], Path.GetTempPath(), TimeSpan.FromSeconds(10)) is { } noNode)
        {
            return (null, $"node is not available ({noNode}); install Node.js 20+ to run this test.");
        }

        Directory.CreateDirectory(folder);
        var problem = Run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", folder, spec], folder, InstallTimeout);
        return problem is null && File.Exists(Path.Combine(folder, "node_modules", package, "package.json"))
            ? (folder, null)
            : (null, $"npm could not install {spec} within {InstallTimeout.TotalSeconds:0} s: {problem ?? "the package is missing after the install"}.");
    }

    /// <summary>Runs a command; null when it succeeded, else why not.</summary>
    private static string? Run(string command, string[] arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return "timed out";
            }

            return process.ExitCode == 0 ? null : $"exit code {process.ExitCode}: {error.Result.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception missing)
        {
            return missing.Message;
        }
    }
}

/// <summary>A fact that needs an npm package; skipped with the reason when node, npm or the package cannot be had.</summary>
public sealed class NpmFactAttribute : FactAttribute
{
    public NpmFactAttribute(string package, string version)
    {
        if (NpmPackages.Ensure(package, version).Problem is { } problem)
        {
            Skip = problem;
        }
    }
}
