using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GraduateFair.LoadTest.Joins;

/// <summary>The server's Release build as a separate process on a free loopback port, over a new data directory.</summary>
public sealed class ServerUnderTest : IAsyncDisposable
{
    public const string OrganiserEmail = "organiser@load.example";
    public const string OrganiserPassword = "organiser-password";

    private readonly Process _process;
    private readonly string _data;

    private ServerUnderTest(Process process, Uri address, string data)
    {
        _process = process;
        BaseAddress = address;
        _data = data;
    }

    public Uri BaseAddress { get; }

    /// <summary>The server's process id, to attach a profiler to.</summary>
    public int ProcessId => _process.Id;

    public static async Task<ServerUnderTest> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var root = FindRoot();
        var dll = Path.Combine(root, "src", "GraduateFair.Server", "bin", "Release", "net10.0", "GraduateFair.Server.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"Build the server in Release first: {dll} is missing.");
        }

        var data = Directory.CreateTempSubdirectory("graduatefair-load-").FullName;
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { ArgumentList = { dll, "--urls", $"http://127.0.0.1:{port}" }, RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["Storage__Provider"] = "FileSystem";
        info.Environment["Storage__Path"] = data;
        info.Environment["Organiser__Email"] = OrganiserEmail;
        info.Environment["Organiser__Password"] = OrganiserPassword;
        info.Environment["Auth__AttemptsPerMinute"] = "100000000";
        info.Environment["Auth__PasswordHashIterations"] = "1";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("server: " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerUnderTest(process, new Uri($"http://127.0.0.1:{port}"), data);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if ((await client.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException) when (attempt < 300)
            {
            }

            await Task.Delay(100);
        }
    }

    /// <summary>User + system CPU time the server process has used so far.</summary>
    public TimeSpan CpuTime()
    {
        var fields = File.ReadAllText($"/proc/{_process.Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>Leave the data directory behind (deleting tens of thousands of grain folders takes minutes here).</summary>
    public bool KeepData { get; set; }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        if (KeepData)
        {
            Console.WriteLine($"data left in {_data}");
        }
        else
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraduateFair.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("GraduateFair.sln not found");
    }
}
