using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
namespace GraduateFair.Tests.Shared;

/// <summary>
/// Debian's nginx with the RTMP module, run in the foreground with the repository's template
/// (infra/nginx/nginx.conf.template) rendered into a temporary directory of its own, on free
/// loopback ports; never a system service. Install it with infra/nginx/install.sh. Shared by the
/// test projects as a linked source file.
/// </summary>
internal sealed class NginxProcess : IAsyncDisposable
{
    private const string Nginx = "/usr/sbin/nginx";
    private const string RtmpModule = "/usr/lib/nginx/modules/ngx_rtmp_module.so";

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private NginxProcess(Process process, string directory, int rtmpPort, int httpPort)
    {
        _process = process;
        Directory = directory;
        RtmpPort = rtmpPort;
        HttpPort = httpPort;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Directory { get; }

    public int RtmpPort { get; }

    public int HttpPort { get; }

    public string HlsDirectory => Path.Combine(Directory, "hls");

    public string RtmpUrl => $"rtmp://127.0.0.1:{RtmpPort}/live";

    public string HlsBaseUrl => $"http://127.0.0.1:{HttpPort}/hls";

    /// <summary>What nginx logged (its error log holds the RTMP module's notes on each callback).</summary>
    public string Log
    {
        get
        {
            var errorLog = Path.Combine(Directory, "error.log");
            lock (_output)
            {
                return _output + (File.Exists(errorLog) ? File.ReadAllText(errorLog) : "");
            }
        }
    }

    public static void EnsureInstalled()
    {
        if (!File.Exists(Nginx) || !File.Exists(RtmpModule))
        {
            throw new InvalidOperationException($"nginx with the RTMP module is not installed ({Nginx}, {RtmpModule}): run infra/nginx/install.sh as root.");
        }
    }

    /// <summary>Starts nginx calling <paramref name="ingestUrl"/> on publish, and waits until it takes RTMP connections.</summary>
    public static async Task<NginxProcess> StartAsync(int rtmpPort, int httpPort, string ingestUrl, string? secret)
    {
        EnsureInstalled();
        var directory = System.IO.Directory.CreateTempSubdirectory("graduatefair-nginx-").FullName;

        // Started as root, nginx's workers run as "nobody": they must reach the HLS directory.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "hls"));
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "temp"));
        var template = await File.ReadAllTextAsync(Path.Combine(TestRepository.Root, "infra", "nginx", "nginx.conf.template"));
        var config = template
            .Replace("@DIR@", directory, StringComparison.Ordinal)
            .Replace("@RTMP_PORT@", rtmpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("@HTTP_PORT@", httpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("@INGEST_URL@", ingestUrl.TrimEnd('/'), StringComparison.Ordinal)
            .Replace("@INGEST_QUERY@", secret is null ? "" : $"?secret={secret}", StringComparison.Ordinal);
        var configPath = Path.Combine(directory, "nginx.conf");
        await File.WriteAllTextAsync(configPath, config);

        var info = new ProcessStartInfo(Nginx)
        {
            ArgumentList = { "-p", directory, "-c", configPath, "-g", "daemon off;" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var nginx = new NginxProcess(Process.Start(info)!, directory, rtmpPort, httpPort);
        await nginx.WaitUntilListeningAsync(TimeSpan.FromSeconds(15));
        return nginx;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary directory left behind is harmless.
        }
    }

    private async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with code {_process.ExitCode} before it listened:\n{Log}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, RtmpPort);
                return;
            }
            catch (SocketException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"nginx did not listen on RTMP port {RtmpPort} within {timeout}:\n{Log}");
            }

            // Readiness of another process can only be observed by asking it again.
            await Task.Delay(50);
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
