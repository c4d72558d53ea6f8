using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GraduateFair.LoadTest.Infrastructure;

/// <summary>The server being measured: a process this tool starts (and kills), or one already running.</summary>
public sealed class ServerUnderTest : IAsyncDisposable
{
    private readonly Process? _started;
    private readonly Process? _process;
    private readonly string? _dataDirectory;

    private ServerUnderTest(Uri baseAddress, Process? started, Process? process, string? dataDirectory)
    {
        BaseAddress = baseAddress;
        _started = started;
        _process = process;
        _dataDirectory = dataDirectory;
    }

    public Uri BaseAddress { get; }

    public int? ProcessId => _process?.Id;

    /// <summary>CPU time the server has used so far (zero when its process is unknown).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            if (_process is null)
            {
                return TimeSpan.Zero;
            }

            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static ServerUnderTest Attach(Uri baseAddress, int? processId) =>
        new(baseAddress, null, processId is { } pid ? Process.GetProcessById(pid) : null, null);

    /// <summary>Starts the server on a free loopback port with file-system storage in a new directory, and waits for /health.</summary>
    public static async Task<ServerUnderTest> StartAsync(string serverDll, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!File.Exists(serverDll))
        {
            throw new FileNotFoundException($"Build the server first (dotnet build -c Release src/GraduateFair.Server): {serverDll} is missing.", serverDll);
        }

        var data = Directory.CreateTempSubdirectory("graduatefair-load-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { serverDll, "--urls", address.ToString().TrimEnd('/') },
            WorkingDirectory = Path.GetDirectoryName(serverDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["Storage__Path"] = data;
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("The server process did not start.");
        process.OutputDataReceived += (_, e) => Echo(e.Data);
        process.ErrorDataReceived += (_, e) => Echo(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerUnderTest(address, process, process, data);
        await server.WaitUntilHealthyAsync(TimeSpan.FromSeconds(120));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_started is not null)
        {
            if (!_started.HasExited)
            {
                _started.Kill(entireProcessTree: true);
            }

            await _started.WaitForExitAsync();
            _started.Dispose();
        }

        if (_dataDirectory is not null)
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_started is { HasExited: true })
            {
                throw new InvalidOperationException($"The server exited with code {_started.ExitCode} before it was healthy.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The server at {BaseAddress} was not healthy within {timeout}.");
            }

            // Another process's readiness can only be seen by asking again.
            await Task.Delay(200);
        }
    }

    private static void Echo(string? line)
    {
        // Warnings and errors only (the tool starts the server with Logging:LogLevel:Default=Warning).
        if (!string.IsNullOrWhiteSpace(line))
        {
            Console.Error.WriteLine($"[server] {line}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
