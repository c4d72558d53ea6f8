using System.Diagnostics;
using System.Text;

namespace GraduateFair.Storage.Tests.AzureBlob;

/// <summary>Runs a script of tests/node with Node.js and returns what it printed.</summary>
internal static class NodeScript
{
    public static async Task<string> RunAsync(string script, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        if (!Directory.Exists(Path.Combine(RepositoryPaths.NodeDirectory, "node_modules", "@azure", "storage-blob")))
        {
            throw new InvalidOperationException("@azure/storage-blob is not installed: run infra/azurite/install.sh first.");
        }

        var startInfo = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.NodeDirectory,
        };
        startInfo.ArgumentList.Add(Path.Combine(RepositoryPaths.NodeDirectory, script));
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("Could not start node: the SDK cross-check needs Node.js 20 or later on PATH.", exception);
        }

        using var _ = process;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WithTimeout($"node {script} to exit", timeout);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var stdout = await output;
        var stderr = await errors;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(new StringBuilder($"node {script} exited with {process.ExitCode}:\n").Append(stderr).Append(stdout).ToString());
        }

        return stdout;
    }
}
