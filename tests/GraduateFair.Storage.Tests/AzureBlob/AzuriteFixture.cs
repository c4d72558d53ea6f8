using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using GraduateFair.Storage.AzureBlob;

namespace GraduateFair.Storage.Tests.AzureBlob;

/// <summary>
/// One Azurite Blob emulator (in-memory) on a free loopback port, shared by a test collection.
/// It can be stopped and started again on the same port in the middle of a test (one test at a
/// time: start and stop are not meant to race each other).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly StringBuilder _output = new();
    private Process? _process;

    public AzuriteFixture()
    {
        Port = FreeLoopbackPort();
        ConnectionString =
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={AzureStorageConnection.DevelopmentAccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";
        Connection = AzureStorageConnection.Parse(ConnectionString);
        HttpClient = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
    }

    public int Port { get; }

    /// <summary>The standard development connection string with an explicit BlobEndpoint on <see cref="Port"/>.</summary>
    public string ConnectionString { get; }

    public AzureStorageConnection Connection { get; }

    /// <summary>A client the tests' stores share (and do not dispose).</summary>
    public HttpClient HttpClient { get; }

    /// <summary>Fast retries, so fault tests spend little time backing off.</summary>
    public static AzureBlobStoreOptions FastRetries => new()
    {
        MaxAttempts = 4,
        FirstRetryDelay = TimeSpan.FromMilliseconds(20),
        MaxRetryDelay = TimeSpan.FromMilliseconds(100),
        AttemptTimeout = TimeSpan.FromSeconds(10),
    };

    public static string NewContainerName() => $"test-{Guid.NewGuid():N}"[..30];

    public AzureBlobStore CreateStore(string container, AzureBlobStoreOptions? options = null) =>
        new(HttpClient, Connection, container, options ?? FastRetries);

    public Task InitializeAsync() => StartAsync();

    public async Task DisposeAsync()
    {
        await StopAsync();
        HttpClient.Dispose();
    }

    /// <summary>Starts Azurite on <see cref="Port"/> and returns once it listens.</summary>
    public async Task StartAsync()
    {
        if (_process is not null)
        {
            return;
        }

        var executable = RepositoryPaths.NodeBin("azurite-blob");
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
        foreach (var argument in new[]
        {
            "--inMemoryPersistence", "--extentMemoryLimit", "512",
            "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(CultureInfo.InvariantCulture),
            "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--silent",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnOutput(e.Data, listening);
        process.ErrorDataReceived += (_, e) => OnOutput(e.Data, listening: null);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"Azurite exited before it listened on port {Port}:\n{Output()}"));
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
            await listening.Task.WithTimeout($"Azurite to listen on http://127.0.0.1:{Port}", StartTimeout);
        }
        catch
        {
            _process = null;
            await KillAsync(process);
            throw;
        }
    }

    /// <summary>Kills Azurite (like a crash) and returns once the process has exited; its in-memory data is gone.</summary>
    public async Task StopAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            await KillAsync(process);
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

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private static async Task KillAsync(Process process)
    {
        using (process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync().WithTimeout("Azurite to exit", StopTimeout);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
