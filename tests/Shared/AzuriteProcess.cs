using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GraduateFair.Tests.Shared;

/// <summary>
/// The Azurite Blob emulator (installed into tests/node by infra/azurite/install.sh) as a child
/// process on 127.0.0.1 and a port of its own, which it keeps across stops and starts. Shared by
/// the test projects as a linked source file, not as a project reference.
/// </summary>
/// <remarks>
/// In memory (the default) its data is gone once it stops. With a <c>location</c> it keeps its data
/// on disk: stop it with <c>graceful: true</c> (SIGTERM) so it saves its blob index first, as a
/// service outage never loses data either. Start and stop are not meant to race each other; the
/// owner stops it when done.
/// </remarks>
internal sealed class AzuriteProcess
{
    /// <summary>The well-known key of Azurite's development account (public, documented by Microsoft).</summary>
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly string? _location;
    private readonly StringBuilder _output = new();
    private Process? _process;

    /// <param name="location">A directory to keep the data in, or null to keep it in memory.</param>
    public AzuriteProcess(string? location = null)
    {
        _location = location;
        Port = FreeLoopbackPort();
    }

    public int Port { get; }

    public bool IsRunning => _process is not null;

    /// <summary>The standard development connection string with an explicit BlobEndpoint on <see cref="Port"/>.</summary>
    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={DevelopmentAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    /// <summary>What Azurite printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts Azurite on <see cref="Port"/> and returns once it listens (at once when it runs).</summary>
    public async Task StartAsync()
    {
        if (_process is not null)
        {
            return;
        }

        var executable = Path.Combine(TestRepository.Root, "tests", "node", "node_modules", ".bin", "azurite-blob");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed ({executable} is missing): run infra/azurite/install.sh first.");
        }

        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        string[] storage = _location is null ? ["--inMemoryPersistence", "--extentMemoryLimit", "512"] : ["--location", _location];
        foreach (var argument in storage.Concat(
        [
            "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(CultureInfo.InvariantCulture),
            "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--silent",
        ]))
        {
            startInfo.ArgumentList.Add(argument);
        }

        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnOutput(e.Data, listening);
        process.ErrorDataReceived += (_, e) => OnOutput(e.Data, listening: null);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"Azurite exited before it listened on port {Port}:\n{Output}"));
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            process.Dispose();
            throw new InvalidOperationException($"Could not start {executable} (it needs Node.js 20 or later on PATH; install with infra/azurite/install.sh).", exception);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        try
        {
            await Within(listening.Task, $"Azurite to listen on http://127.0.0.1:{Port}", StartTimeout);
        }
        catch
        {
            _process = null;
            await StopAsync(process, graceful: false);
            throw;
        }
    }

    /// <summary>
    /// Stops Azurite and returns once the process has exited. <paramref name="graceful"/>: SIGTERM,
    /// so it closes its server and saves its index (data on disk survives); otherwise SIGKILL.
    /// </summary>
    public async Task StopAsync(bool graceful = false)
    {
        if (_process is { } process)
        {
            _process = null;
            await StopAsync(process, graceful);
        }
    }

    private static async Task StopAsync(Process process, bool graceful)
    {
        using (process)
        {
            if (graceful && !process.HasExited)
            {
                using var terminate = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
                await terminate.WaitForExitAsync();
                await Within(process.WaitForExitAsync(), "Azurite to save its data and exit after SIGTERM", StopTimeout);
                return;
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await Within(process.WaitForExitAsync(), "Azurite to exit", StopTimeout);
        }
    }

    private void OnOutput(string? line, TaskCompletionSource? listening)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (listening is not null && line.Contains($"successfully listens on http://127.0.0.1:{Port}", StringComparison.Ordinal))
        {
            listening.TrySetResult();
        }
    }

    private static async Task Within(Task task, string awaited, TimeSpan timeout)
    {
        try
        {
            await task.WaitAsync(timeout);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"Timed out after {timeout} waiting for {awaited}.", exception);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
